package nl.codewerk.project;

import java.sql.SQLException;

/** Work on the database that may throw {@link SQLException}; {@link Database} wraps it. */
@FunctionalInterface
public interface SqlWork<A, T> {
    T apply(A argument) throws SQLException;
}
