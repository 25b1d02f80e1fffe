package nl.codewerk.cli;

import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rename", description = "Rename a code.")
final class CodebookRename extends CodebookAction {

    @Parameters(index = "0", paramLabel = "CODE", description = "Code id or name path.")
    String code;

    @Parameters(index = "1", paramLabel = "NAME", description = "The new name.")
    String name;

    @Override
    void change(CodebookService service, Codebook book, Project project) {
        String id = book.require(code).id();
        service.rename(id, name, actor());
        printCode(project, id, "codebook.renamed");
    }
}
