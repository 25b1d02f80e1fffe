package nl.codewerk.cli;

import nl.codewerk.codebook.CodeLevel;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "level", description = "Set a code's level: open, axial or selective.")
final class CodebookLevel extends CodebookAction {

    @Parameters(index = "0", paramLabel = "CODE", description = "Code id or name path.")
    String code;

    @Parameters(index = "1", paramLabel = "L", description = "open, axial or selective.")
    String level;

    @Override
    void change(CodebookService service, Codebook book, Project project) {
        String id = book.require(code).id();
        service.setLevel(id, CodeLevel.parse(level), actor());
        printCode(project, id, "codebook.levelSet");
    }
}
