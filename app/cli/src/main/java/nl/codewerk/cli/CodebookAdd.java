package nl.codewerk.cli;

import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodeLevel;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", description = "Add a code.")
final class CodebookAdd extends CodebookAction {

    @Parameters(index = "0", paramLabel = "NAME", description = "The new code's name.")
    String name;

    @Option(names = "--parent", paramLabel = "CODE", description = "Put it under this code (default: at the root).")
    String parentCode;

    @Option(names = "--level", paramLabel = "L", description = "open, axial or selective (default: open).")
    String level;

    @Option(names = "--color", paramLabel = "C", description = "Colour as #RRGGBB (default: grey).")
    String color;

    @Override
    void change(CodebookService service, Codebook book, Project project) {
        String parentId = parentCode == null ? null : book.require(parentCode).id();
        CodebookService.NewCode code = CodebookService.NewCode.named(name, parentId)
                .withLevel(level == null ? null : CodeLevel.parse(level))
                .withColor(color);
        Code added = service.add(code, actor());
        printCode(project, added.id(), "codebook.added");
    }
}
