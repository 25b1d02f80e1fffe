package nl.codewerk.testsupport;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.codewerk.util.Words;
import nl.codewerk.workspace.Project;

/**
 * Frequency counts computed straight from the project database with SQL and brute force, to
 * check the exports against: the case of a coding is found in SQL (speaker of the last turn
 * whose label starts at or before the coding, else the transcript's case), coded words by
 * marking every coded character.
 */
public final class IndependentCounts {

    /** A coding with the case it counts for. */
    public record Row(long id, String code, String coder, long transcript, int start, int end, Long caseId) {
    }

    private final Project project;
    private final List<Row> rows;
    private final Map<Long, String> texts = new HashMap<>();

    public IndependentCounts(Project project) {
        this.project = project;
        this.rows = project.database().read(c -> {
            List<Row> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT k.id, k.code_id, cr.name, k.transcript_id, k.start, k.end,
                           COALESCE(sc.case_id, t.case_id)
                    FROM codings k
                    JOIN coders cr ON cr.id = k.coder_id
                    JOIN transcripts t ON t.id = k.transcript_id
                    LEFT JOIN turns u ON u.transcript_id = k.transcript_id AND u.ordinal =
                        (SELECT MAX(u2.ordinal) FROM turns u2 WHERE u2.transcript_id = k.transcript_id AND u2.label_start <= k.start)
                    LEFT JOIN speaker_cases sc ON sc.transcript_id = k.transcript_id AND sc.speaker = u.speaker
                    ORDER BY k.id""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long caseId = rs.getLong(7);
                    Long caseOrNull = rs.wasNull() ? null : caseId;
                    out.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5), rs.getInt(6), caseOrNull));
                }
            }
            return out;
        });
    }

    public List<Row> rows() {
        return rows;
    }

    /** Cases some transcript or speaker counts for. */
    public Set<Long> casesInScope() {
        return project.database().read(c -> {
            Set<Long> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT case_id FROM transcripts WHERE case_id IS NOT NULL UNION SELECT case_id FROM speaker_cases");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** The code and every code under it, by a recursive query. */
    public Set<String> subtree(String codeId) {
        return project.database().read(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT codes.id FROM codes JOIN sub ON codes.parent_id = sub.id)
                    SELECT id FROM sub""")) {
                ps.setString(1, codeId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** The value (stored text) of a case's attribute, or null. */
    public String value(long caseId, String attribute) {
        return project.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT v.value FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id WHERE v.case_id = ? AND a.name = ?")) {
                ps.setLong(1, caseId);
                ps.setString(2, attribute);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    public List<Row> select(Predicate<Row> filter) {
        return rows.stream().filter(filter).toList();
    }

    public static int codings(List<Row> rows) {
        return rows.size();
    }

    public static int cases(List<Row> rows) {
        return (int) rows.stream().map(Row::caseId).filter(java.util.Objects::nonNull).distinct().count();
    }

    /** Words in the coded text, each character counted once however often it is coded. */
    public long words(List<Row> selected) {
        Map<Long, boolean[]> covered = new HashMap<>();
        for (Row r : selected) {
            String text = text(r.transcript());
            boolean[] marks = covered.computeIfAbsent(r.transcript(), k -> new boolean[text.length()]);
            for (int i = r.start(); i < r.end(); i++) {
                marks[i] = true;
            }
        }
        long words = 0;
        for (Map.Entry<Long, boolean[]> e : covered.entrySet()) {
            String text = text(e.getKey());
            boolean[] marks = e.getValue();
            int i = 0;
            while (i < marks.length) {
                if (!marks[i]) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < marks.length && marks[i]) {
                    i++;
                }
                words += Words.count(text, start, i);
            }
        }
        return words;
    }

    private String text(long transcriptId) {
        return texts.computeIfAbsent(transcriptId, id -> project.transcripts().get(id).orElseThrow().text());
    }
}
