package nl.codewerk.cli;

import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "recolor", description = "Give a code another colour.")
final class CodebookRecolor extends CodebookAction {

    @Parameters(index = "0", paramLabel = "CODE", description = "Code id or name path.")
    String code;

    @Parameters(index = "1", paramLabel = "COLOR", description = "Colour as #RRGGBB.")
    String color;

    @Override
    void change(CodebookService service, Codebook book, Project project) {
        String id = book.require(code).id();
        service.recolor(id, color, actor());
        printCode(project, id, "codebook.recolored");
    }
}
