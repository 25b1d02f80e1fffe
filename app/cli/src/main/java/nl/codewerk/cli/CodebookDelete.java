package nl.codewerk.cli;

import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "delete", description = "Delete a code with its subcodes and their codings (undo brings them back).")
final class CodebookDelete extends CodebookAction {

    @Parameters(index = "0", paramLabel = "CODE", description = "Code id or name path.")
    String code;

    @Override
    void change(CodebookService service, Codebook book, Project project) {
        Code target = book.require(code);
        int codes = book.subtree(target.id()).size();
        int codings = service.delete(target.id(), actor());
        print(Json.obj("deleted", target.id(), "name", target.name(), "codes", codes, "codings", codings),
                text("codebook.deleted", target.name(), codes, codings));
    }
}
