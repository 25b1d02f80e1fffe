package nl.codewerk.project;

import java.util.Map;

/**
 * One row changed by a user action, with the images needed to reverse it. The undo log
 * stores a list of these per action, so every feature gets undo and redo by writing through
 * {@link Tx} instead of implementing an inverse of its own.
 */
public sealed interface RowChange {

    String table();

    Object id();

    record Insert(String table, Object id, Map<String, Object> row) implements RowChange {
    }

    record Update(String table, Object id, Map<String, Object> before, Map<String, Object> after) implements RowChange {
    }

    record Delete(String table, Object id, Map<String, Object> row) implements RowChange {
    }
}
