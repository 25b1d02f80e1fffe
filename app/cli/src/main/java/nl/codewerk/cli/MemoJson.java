package nl.codewerk.cli;

import java.util.Map;
import nl.codewerk.memo.Memo;

/** A memo as JSON ({@code on} as {@code project}, {@code transcript:ID}, {@code code:ID}, {@code coding:ID}) and as text. */
final class MemoJson {

    private MemoJson() {
    }

    static Map<String, Object> of(Memo memo) {
        return Json.obj("id", memo.id(), "on", memo.target().spec(), "title", memo.title(), "text", memo.text(),
                "author", memo.author(), "created", memo.createdAt(), "updated", memo.updatedAt());
    }

    static String line(Memo memo) {
        return CliText.get("memo.line", memo.id(), memo.target().spec(), memo.author() == null ? "-" : memo.author(),
                memo.title() == null ? "" : memo.title() + ": ", Excerpt.of(memo.text()));
    }
}
