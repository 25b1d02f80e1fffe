package nl.codewerk.codebook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A snapshot of the code tree, for walking it in order and resolving names and paths. */
public final class Codebook {

    private final Map<String, Code> byId = new LinkedHashMap<>();
    private final Map<String, List<Code>> children = new LinkedHashMap<>();
    private final List<Code> roots = new ArrayList<>();

    public Codebook(List<Code> codes) {
        List<Code> sorted = new ArrayList<>(codes);
        sorted.sort((a, b) -> a.position() != b.position() ? Integer.compare(a.position(), b.position()) : a.name().compareToIgnoreCase(b.name()));
        for (Code code : sorted) {
            byId.put(code.id(), code);
        }
        for (Code code : sorted) {
            if (code.parentId() == null || !byId.containsKey(code.parentId())) {
                roots.add(code);
            } else {
                children.computeIfAbsent(code.parentId(), k -> new ArrayList<>()).add(code);
            }
        }
    }

    public List<Code> roots() {
        return Collections.unmodifiableList(roots);
    }

    public List<Code> children(String codeId) {
        return Collections.unmodifiableList(children.getOrDefault(codeId, List.of()));
    }

    public Optional<Code> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /** Every code in tree order: a parent before its children, siblings by position. */
    public List<Code> inTreeOrder() {
        List<Code> out = new ArrayList<>();
        for (Code root : roots) {
            collect(root, out);
        }
        return out;
    }

    private void collect(Code code, List<Code> out) {
        out.add(code);
        for (Code child : children(code.id())) {
            collect(child, out);
        }
    }

    /** The code and everything under it. */
    public List<Code> subtree(String codeId) {
        List<Code> out = new ArrayList<>();
        get(codeId).ifPresent(c -> collect(c, out));
        return out;
    }

    public int depth(String codeId) {
        int depth = 0;
        Code code = byId.get(codeId);
        while (code != null && code.parentId() != null && byId.containsKey(code.parentId())) {
            depth++;
            code = byId.get(code.parentId());
        }
        return depth;
    }

    /** Names from the root down to the code. */
    public List<String> path(String codeId) {
        List<String> names = new ArrayList<>();
        Code code = byId.get(codeId);
        while (code != null) {
            names.addFirst(code.name());
            code = code.parentId() == null ? null : byId.get(code.parentId());
        }
        return names;
    }

    public boolean isAncestor(String ancestorId, String codeId) {
        Code code = byId.get(codeId);
        while (code != null && code.parentId() != null) {
            if (code.parentId().equals(ancestorId)) {
                return true;
            }
            code = byId.get(code.parentId());
        }
        return false;
    }

    /** Resolves a code id or a name path ({@link CodePath}); a single name must be unique. */
    public Optional<Code> resolve(String idOrPath) {
        if (byId.containsKey(idOrPath)) {
            return Optional.of(byId.get(idOrPath));
        }
        List<String> names = CodePath.parse(idOrPath);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        if (names.size() == 1) {
            List<Code> matches = byId.values().stream().filter(c -> c.name().equals(names.getFirst())).toList();
            if (matches.size() > 1) {
                throw new CodebookException("codebook.ambiguousName", names.getFirst(), matches.size());
            }
            return matches.stream().findFirst();
        }
        List<Code> level = roots;
        Code found = null;
        for (String name : names) {
            found = level.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            level = children(found.id());
        }
        return Optional.ofNullable(found);
    }

    public Code require(String idOrPath) {
        return resolve(idOrPath).orElseThrow(() -> new CodebookException("codebook.unknownCode", idOrPath));
    }
}
