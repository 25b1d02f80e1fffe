package nl.codewerk.cli;

import java.nio.file.Path;

/** Invented interviews for the command tests: a single interview and a paired one with a participants sheet. */
final class Fixtures {

    static final String SINGLE = "I: Hoe gaat het nu met jullie contact?\n\nR: Goed, we bellen elke week.\n\nDit is een regel zonder spreker.\n";
    static final String DUO = "I: Vertel eens hoe het begon.\n\nJIM: Ik ken haar al sinds ze klein was.\n\nMoeder: Zij helpt ons echt veel.\n";
    static final String SHEET = "transcript;casus;spreker;leeftijd;nog contact\n"
            + "gesprek;;;19;ja\n"
            + "duo;duo-jim;JIM;45;ja\n"
            + "duo;duo-moeder;Moeder;50,5;nee\n";

    private Fixtures() {
    }

    static Path interviews(Path dir) {
        Path folder = dir.resolve("interviews");
        Cli.write(folder.resolve("gesprek.txt"), SINGLE);
        Cli.write(folder.resolve("duo.txt"), DUO);
        return folder;
    }

    /** A project with the test codebook, both interviews imported and the sheet attached. */
    static Path importedProject(Path dir) {
        Path project = Cli.projectWithTestCodebook(dir);
        Path sheet = Cli.write(dir.resolve("deelnemers.csv"), SHEET);
        Cli.Result result = Cli.run("import", project, interviews(dir), "--participants", sheet);
        if (result.exit() != 0) {
            throw new AssertionError(result.err());
        }
        return project;
    }
}
