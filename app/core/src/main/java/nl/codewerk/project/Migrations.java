package nl.codewerk.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered, immutable steps that bring a project file to the current schema. Each step is
 * a SQL script under {@code migrations/}; {@code PRAGMA user_version} says which have run.
 */
final class Migrations {

    record Step(int version, String script) {
    }

    static final List<Step> STEPS = List.of(
            new Step(1, "V001__initial.sql"),
            new Step(2, "V002__agreement_review.sql"));

    static final int CURRENT = STEPS.getLast().version();

    private Migrations() {
    }

    /** Runs every step after {@code fromVersion}, each with its version bump, in one transaction. */
    static void migrate(Connection connection, int fromVersion) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (Step step : STEPS) {
                if (step.version() <= fromVersion) {
                    continue;
                }
                for (String sql : statements(load(step.script()))) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + step.version());
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("Migration script missing from the build: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Migration script unreadable: " + script, e);
        }
    }

    /** Splits a script on semicolons that end a line, dropping comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
