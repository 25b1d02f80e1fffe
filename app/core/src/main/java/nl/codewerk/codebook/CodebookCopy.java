package nl.codewerk.codebook;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a project's code tree back into a {@link CodebookFile}, so a new project can start with a
 * copy of another project's codebook. Code ids are kept: coders working on copies can later be
 * merged because merging matches codes by id.
 */
public final class CodebookCopy {

    private CodebookCopy() {
    }

    public static CodebookFile toFile(Codebook book, List<CodeRelation> relations, String name) {
        List<CodebookFile.Entry> roots = new ArrayList<>();
        for (Code root : book.roots()) {
            roots.add(entry(book, root));
        }
        List<CodebookFile.Relation> links = relations.stream()
                .map(r -> new CodebookFile.Relation(r.fromCode(), r.toCode(), r.type().dbName(), r.memo(), null))
                .toList();
        return new CodebookFile("codewerk-codebook", 1, null, name, null, null, null, roots, links, null);
    }

    private static CodebookFile.Entry entry(Codebook book, Code code) {
        List<CodebookFile.Entry> children = book.children(code.id()).stream().map(c -> entry(book, c)).toList();
        return new CodebookFile.Entry(code.id(), code.name(), code.nameEn(), code.level().dbName(), code.color(), code.definition(),
                null, code.whenToUse(), code.whenNotToUse(), code.example(), children);
    }
}
