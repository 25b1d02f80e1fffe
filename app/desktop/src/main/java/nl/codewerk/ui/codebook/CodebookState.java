package nl.codewerk.ui.codebook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodePath;
import nl.codewerk.codebook.Codebook;

/** A snapshot of the codebook with each code's number of codings, as the panes show it. */
public record CodebookState(Codebook codebook, Map<String, Integer> counts) {

    public static final CodebookState EMPTY = new CodebookState(new Codebook(List.of()), Map.of());

    public CodebookState {
        counts = Map.copyOf(counts);
    }

    public Optional<Code> code(String id) {
        return id == null ? Optional.empty() : codebook.get(id);
    }

    public int count(String codeId) {
        return counts.getOrDefault(codeId, 0);
    }

    /** #RRGGBB of the code, grey when the code is gone. */
    public String color(String codeId) {
        return code(codeId).map(Code::color).orElse("#9E9E9E");
    }

    public String name(String codeId) {
        return code(codeId).map(Code::name).orElse(codeId);
    }

    /** "Parent / Child", for lists where a name alone may be ambiguous. */
    public String pathText(String codeId) {
        List<String> path = codebook.path(codeId);
        return path.isEmpty() ? codeId : String.join(" / ", path);
    }

    public String pathSpec(String codeId) {
        return CodePath.format(codebook.path(codeId));
    }
}
