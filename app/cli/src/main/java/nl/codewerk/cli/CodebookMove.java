package nl.codewerk.cli;

import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "move", description = "Move a code (with its subcodes) under another code or to the root.")
final class CodebookMove extends CodebookAction {

    @Parameters(index = "0", paramLabel = "CODE", description = "Code id or name path.")
    String code;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    static final class Where {
        @Option(names = "--parent", paramLabel = "CODE", description = "The new parent code.")
        String parent;

        @Option(names = "--root", description = "Make it a top-level code.")
        boolean root;
    }

    @Override
    void change(CodebookService service, Codebook book, Project project) {
        String id = book.require(code).id();
        service.move(id, where.root ? null : book.require(where.parent).id(), actor());
        printCode(project, id, "codebook.moved");
    }
}
