package nl.codewerk.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCacheTest {

    @TempDir
    Path dir;

    @Test
    void theSameSqlIsPreparedOnceAndTheLeastRecentlyUsedAreClosed() throws Exception {
        try (Database db = ProjectFile.create(dir.resolve("p.cwk"), "p")) {
            StatementCache cache = new StatementCache(db.connection());
            PreparedStatement first = cache.get("SELECT 0", java.sql.Statement.NO_GENERATED_KEYS);
            assertThat(cache.get("SELECT 0", java.sql.Statement.NO_GENERATED_KEYS)).isSameAs(first);
            List<PreparedStatement> others = new ArrayList<>();
            for (int i = 1; i <= StatementCache.MAX; i++) {
                others.add(cache.get("SELECT " + i, java.sql.Statement.NO_GENERATED_KEYS));
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
    void repeatedInsertsThroughOneKeptStatementEachGetTheirOwnIdAndUndoImage() {
        try (Database db = ProjectFile.create(dir.resolve("p.cwk"), "p")) {
            List<Long> ids = new ArrayList<>();
            for (String name : List.of("een", "twee", "drie")) {
                ids.add(db.action("case " + name, "test", tx -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", name);
                    row.put("guid", "g-" + name);
                    return tx.insertLong("cases", row);
                }));
            }
            assertThat(ids).doesNotHaveDuplicates().isSorted();
            List<String> names = db.read(c -> {
                List<String> out = new ArrayList<>();
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT name FROM cases ORDER BY id")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertThat(names).containsExactly("een", "twee", "drie");
            db.undoLog().undo();
            int left = db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM cases")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(left).isEqualTo(2);
        }
    }
}
