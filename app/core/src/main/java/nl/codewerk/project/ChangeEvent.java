package nl.codewerk.project;

import java.util.Set;

/**
 * Told to listeners after a transaction commits: which tables changed, and whether it was an
 * undo or redo. The search index and the workbench refresh from it. {@code codedTranscripts}
 * names the transcripts whose codings changed when that is known, and is null when it is not.
 */
public record ChangeEvent(Set<String> tables, String label, Kind kind, Set<Long> codedTranscripts) {

    public enum Kind { ACTION, UNDO, REDO, IMPORT }

    /** A change whose coded transcripts are not known: any transcript's codings may have changed. */
    public ChangeEvent(Set<String> tables, String label, Kind kind) {
        this(tables, label, kind, null);
    }

    public boolean touches(String table) {
        return tables.contains(table);
    }
}
