package nl.codewerk.cli;

import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodeRelation;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.codebook.RelationType;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "relate", description = "Relate two codes for axial coding: FROM is a TYPE of/for TO.")
final class CodebookRelate extends CodebookAction {

    @Parameters(index = "0", paramLabel = "FROM", description = "Code id or name path.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Code id or name path.")
    String to;

    @Option(names = "--type", required = true, paramLabel = "T", description = "cause, condition, consequence, part_of or associated.")
    String type;

    @Option(names = "--memo", paramLabel = "TEXT", description = "Why they are related.")
    String memo;

    @Override
    void change(CodebookService service, Codebook book, Project project) {
        Code source = book.require(from);
        Code target = book.require(to);
        CodeRelation relation = service.relate(source.id(), target.id(), RelationType.parse(type), memo, actor());
        print(Json.obj("id", relation.id(), "from", relation.fromCode(), "to", relation.toCode(), "type", relation.type().dbName(),
                "memo", relation.memo()), text("codebook.related", source.name(), relation.type().dbName(), target.name()));
    }
}
