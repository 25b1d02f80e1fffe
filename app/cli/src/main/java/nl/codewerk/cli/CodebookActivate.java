package nl.codewerk.cli;

import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "activate", description = "Offer a deactivated code for coding again.")
final class CodebookActivate extends CodebookAction {

    @Parameters(index = "0", paramLabel = "CODE", description = "Code id or name path.")
    String code;

    @Override
    void change(CodebookService service, Codebook book, Project project) {
        String id = book.require(code).id();
        service.setActive(id, true, actor());
        printCode(project, id, "codebook.activated");
    }
}
