package nl.codewerk.cli;

import java.nio.file.Path;
import nl.codewerk.codebook.CodebookFile;
import nl.codewerk.workspace.Project;
import nl.codewerk.workspace.StartCodebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", description = "Create a new project file.")
final class NewCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT.cwk", description = "The project file to create; never overwritten.")
    Path file;

    @Option(names = "--codebook", paramLabel = "jim|empty|samenwerking|FILE", defaultValue = "jim",
            description = "What the codebook starts with: a bundled codebook, nothing, a codebook .json file, "
                    + "another .cwk project whose codes and relations are copied, or a REFI-QDA .qdc codebook (default: ${DEFAULT-VALUE}).")
    String codebook;

    @Override
    protected int run() {
        boolean qdc = codebook.strip().toLowerCase(java.util.Locale.ROOT).endsWith(".qdc");
        CodebookFile start = qdc ? null : StartCodebook.resolve(codebook);
        try (Project project = Project.create(file, start)) {
            if (qdc) {
                startFromQdc(project);
            }
            int codes = project.codebook().codebook().size();
            print(Json.obj("file", project.file().toString(), "name", project.name(), "codes", codes),
                    text("new.done", project.file(), codes));
        }
        return OK;
    }

    /** A REFI-QDA codebook from another program; a refused file leaves no project behind. */
    private void startFromQdc(Project project) {
        try {
            new nl.codewerk.refi.QdcService(project).importCodebook(Path.of(codebook.strip()), null);
        } catch (RuntimeException e) {
            project.close();
            try {
                java.nio.file.Files.deleteIfExists(project.file());
            } catch (java.io.IOException ignored) {
                // The message below still says what went wrong.
            }
            throw e;
        }
    }
}
