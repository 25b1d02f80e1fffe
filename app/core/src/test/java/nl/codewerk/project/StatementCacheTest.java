package nl.codewerk.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCacheTest {

    @TempDir
    Path dir;

    @Test
    void theSameSqlIsPreparedOnceAndTheLeastRecentlyUsedAreClosed() throws Exception {
        try (Database db = ProjectFile.create(dir.resolve("p.cwk"), "p")) {
            StatementCache cache = new StatementCache(db.connection());
            PreparedStatement first = cache.get("SELECT 0");
            assertThat(cache.get("SELECT 0")).isSameAs(first);
            List<PreparedStatement> others = new ArrayList<>();
            for (int i = 1; i <= StatementCache.MAX; i++) {
                others.add(cache.get("SELECT " + i));
            }
            assertThat(first.isClosed()).as("evicted").isTrue();
            assertThat(others).noneMatch(ps -> {
                try {
                    return ps.isClosed();
                } catch (java.sql.SQLException e) {
                    throw new AssertionError(e);
                }
            });
            cache.close();
            assertThat(others.getFirst().isClosed()).isTrue();
        }
    }

    @Test
    void keptStatementsLeaveNothingRunningAfterTheirTransaction() {
        try (Database db = ProjectFile.create(dir.resolve("p.cwk"), "p")) {
            for (String name : List.of("een", "twee")) {
                db.unrecorded("case", tx -> {
                    PreparedStatement insert = tx.prepared("INSERT INTO cases (name, guid) VALUES (?, ?)");
                    insert.setString(1, name);
                    insert.setString(2, "g-" + name);
                    insert.addBatch();
                    insert.executeBatch();
                    PreparedStatement find = tx.prepared("SELECT id FROM cases WHERE name = ?");
                    find.setString(1, name);
                    try (var rs = find.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                    }
                    tx.touch("cases");
                    return null;
                });
            }
            // VACUUM refuses to run while any statement of the connection is still stepping.
            Compaction.purgeDeletedContent(db);
            assertThat(db.info("name")).contains("p");
        }
    }
}
