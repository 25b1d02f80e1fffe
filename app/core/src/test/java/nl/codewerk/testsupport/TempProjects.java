package nl.codewerk.testsupport;

import java.nio.file.Path;
import java.util.List;
import nl.codewerk.codebook.CodebookFile;
import nl.codewerk.transcript.ImportedText;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Ids;
import nl.codewerk.workspace.Project;

/** Fixtures shared by tests of every module: temporary projects with a little content. */
public final class TempProjects {

    private TempProjects() {
    }

    /** An empty project (no codebook) in the given folder. */
    public static Project empty(Path dir) {
        return Project.create(dir.resolve("test.cwk"), null);
    }

    /** A project with a tiny two-level codebook: Ervaring > Positief, Negatief; and Contact. */
    public static Project withSmallCodebook(Path dir) {
        Project project = empty(dir);
        var ervaring = project.codebook().add(nl.codewerk.codebook.CodebookService.NewCode.named("Ervaring", null), "test");
        project.codebook().add(nl.codewerk.codebook.CodebookService.NewCode.named("Positief", ervaring.id()), "test");
        project.codebook().add(nl.codewerk.codebook.CodebookService.NewCode.named("Negatief", ervaring.id()), "test");
        project.codebook().add(nl.codewerk.codebook.CodebookService.NewCode.named("Contact", null), "test");
        return project;
    }

    /** Stores a transcript directly, bypassing the importers: "I: ...\n\nR: ..." turns. */
    public static long addTranscript(Project project, String name, String... turnTexts) {
        StringBuilder text = new StringBuilder();
        List<Turn> turns = new java.util.ArrayList<>();
        for (int i = 0; i < turnTexts.length; i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            String label = i % 2 == 0 ? "I" : "R";
            int labelStart = text.length();
            text.append(label).append(": ");
            int start = text.length();
            text.append(turnTexts[i]);
            turns.add(new Turn(i, labelStart, start, text.length(), label, null));
        }
        ImportedText imported = new ImportedText(text.toString(), turns, "txt", "UTF-8", "LF");
        return project.database().unrecorded("import", tx ->
                project.transcripts().insert(tx, name, name + ".txt", imported, Ids.sha256(name + text), null));
    }

    public static CodebookFile jimCodebook() {
        return CodebookFile.bundled("jim");
    }
}
