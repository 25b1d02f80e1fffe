package nl.codewerk.cli;

import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", description = "Merge a code into another: its codings, subcodes, relations and memos move over.")
final class CodebookMerge extends CodebookAction {

    @Parameters(index = "0", paramLabel = "CODE", description = "The code that disappears.")
    String code;

    @Option(names = "--into", required = true, paramLabel = "CODE", description = "The code that stays.")
    String into;

    @Override
    void change(CodebookService service, Codebook book, Project project) {
        Code source = book.require(code);
        Code target = book.require(into);
        CodebookService.MergeResult result = service.merge(source.id(), target.id(), actor());
        print(Json.obj("merged", source.id(), "into", target.id(), "moved", result.moved(), "collapsed", result.collapsed()),
                text("codebook.merged", source.name(), target.name(), result.moved(), result.collapsed()));
    }
}
