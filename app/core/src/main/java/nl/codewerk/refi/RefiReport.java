package nl.codewerk.refi;

import java.util.List;

/**
 * What an exchange import or export did: counts of what went through, what was left out and
 * why, and facts worth telling (which position unit was read, how line breaks were counted).
 *
 * @param positions the unit positions were read in ("codepoint" or "utf16"), null where no
 *                  positions were read
 * @param merged    codes of a codebook import that matched codes already in the project
 */
public record RefiReport(int codes, int sources, int codings, int cases, int memos, int users, int merged,
        String positions, List<NotImported> notImported, List<String> notes) {

    public RefiReport {
        notImported = List.copyOf(notImported);
        notes = List.copyOf(notes);
    }

    /** The number of things left out, counting each entry's {@code count}. */
    public int notImportedCount() {
        return notImported.stream().mapToInt(NotImported::count).sum();
    }

    /** How many things of a kind were left out. */
    public int notImported(String kind) {
        return notImported.stream().filter(n -> n.kind().equals(kind)).mapToInt(NotImported::count).sum();
    }
}
