package nl.codewerk.project;

import java.util.Set;

/**
 * Told to listeners after a transaction commits: which tables changed, and whether it was an
 * undo or redo. The search index and the workbench refresh from it.
 */
public record ChangeEvent(Set<String> tables, String label, Kind kind) {

    public enum Kind { ACTION, UNDO, REDO, IMPORT }

    public boolean touches(String table) {
        return tables.contains(table);
    }
}
