package nl.codewerk.cli;

import java.util.List;
import java.util.Map;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodeRelation;
import nl.codewerk.codebook.Codebook;

/** Codes as JSON (each with its subtree) and as an indented tree of lines. */
final class CodeJson {

    private final Codebook book;
    private final Map<String, Integer> counts;
    private final List<CodeRelation> relations;

    CodeJson(Codebook book, Map<String, Integer> counts, List<CodeRelation> relations) {
        this.book = book;
        this.counts = counts;
        this.relations = relations;
    }

    List<Map<String, Object>> roots() {
        return book.roots().stream().map(this::of).toList();
    }

    Map<String, Object> of(Code code) {
        List<Map<String, Object>> out = relations.stream().filter(r -> r.fromCode().equals(code.id()))
                .map(r -> Json.obj("id", r.id(), "to", r.toCode(), "type", r.type().dbName(), "memo", r.memo())).toList();
        return Json.obj(
                "id", code.id(),
                "name", code.name(),
                "nameEn", code.nameEn(),
                "level", code.level().dbName(),
                "color", code.color(),
                "definition", code.definition(),
                "whenToUse", code.whenToUse(),
                "whenNotToUse", code.whenNotToUse(),
                "example", code.example(),
                "active", code.active(),
                "core", code.core(),
                "codings", counts.getOrDefault(code.id(), 0),
                "relations", out,
                "children", book.children(code.id()).stream().map(this::of).toList());
    }

    /** The code and its subtree, one indented line each. */
    String lines(Code code) {
        return String.join(System.lineSeparator(), book.subtree(code.id()).stream().map(this::line).toList());
    }

    String tree() {
        return String.join(System.lineSeparator(), book.inTreeOrder().stream().map(this::line).toList());
    }

    private String line(Code code) {
        String flags = (code.active() ? "" : CliText.get("codebook.inactive")) + (code.core() ? CliText.get("codebook.core") : "");
        return CliText.get("codebook.line", "  ".repeat(book.depth(code.id())), code.name(), code.id(), code.level().dbName(), code.color(),
                counts.getOrDefault(code.id(), 0), flags);
    }
}
