package nl.codewerk.cli;

import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "core", description = "Mark the core category of selective coding (only one code is the core).")
final class CodebookCore extends CodebookAction {

    @Parameters(index = "0", paramLabel = "CODE", description = "Code id or name path.")
    String code;

    @Override
    void change(CodebookService service, Codebook book, Project project) {
        String id = book.require(code).id();
        service.markCore(id, actor());
        printCode(project, id, "codebook.cored");
    }
}
