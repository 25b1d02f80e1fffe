package nl.codewerk.agreement.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.codewerk.agreement.AgreementResult;
import nl.codewerk.agreement.Segment;
import nl.codewerk.agreement.UnitPresence;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.coding.CodingService;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.Tx;
import nl.codewerk.util.Ids;
import nl.codewerk.workspace.Project;

/**
 * Builds the consensus coder from review decisions. Each decision sets the consensus coder's
 * codings of one code within one unit (A's, B's, both, none, or spans the supervisor gives),
 * replacing what the consensus had there, and logs who decided what and when; all of it is one
 * undoable action, so undo takes back the codings and the log row together and the log always
 * shows the decisions in force. The consensus coder becomes the project's reference coder.
 *
 * <p>Codings are clipped to the unit: a decision about one turn never changes another turn.
 */
public final class ConsensusService {

    public static final String DEFAULT_CONSENSUS = "consensus";
    /** project_info key naming the coder whose codings are the project's reference. */
    public static final String REFERENCE_CODER = "reference_coder";

    private final Project project;
    private final String consensus;

    public ConsensusService(Project project, String consensusCoder) {
        this.project = project;
        this.consensus = consensusCoder == null || consensusCoder.isBlank() ? DEFAULT_CONSENSUS : consensusCoder.strip();
    }

    public String consensusCoder() {
        return consensus;
    }

    /**
     * Takes a decision on one disagreement.
     *
     * @param edited for {@link Decision#EDIT}: the consensus spans, each inside the unit; ignored otherwise
     * @param note   the supervisor's reason, or null
     */
    public ReviewLogEntry decide(ReviewItem item, Decision decision, List<Segment> edited, String supervisor, String note) {
        requireNotCompared(List.of(item.coderA(), item.coderB()));
        Segment unit = new Segment(item.start(), item.end());
        List<Segment> spans = switch (decision) {
            case A -> clip(codings(item.transcriptId(), item.codeId(), item.coderA()), unit);
            case B -> clip(codings(item.transcriptId(), item.codeId(), item.coderB()), unit);
            case BOTH -> {
                List<Segment> joined = new ArrayList<>(clip(codings(item.transcriptId(), item.codeId(), item.coderA()), unit));
                joined.addAll(clip(codings(item.transcriptId(), item.codeId(), item.coderB()), unit));
                yield join(joined);
            }
            case NEITHER -> List.of();
            case EDIT -> checkEdit(edited, unit);
        };
        String who = supervisor == null || supervisor.isBlank() ? CodingService.defaultCoder() : supervisor.strip();
        String label = Messages.get("undo.reviewDecision", decision.id(), item.codePath());
        long id = project.database().action(label, who, tx -> {
            long coderId = CodingService.ensureCoder(tx, consensus);
            replaceInUnit(tx, item.transcriptId(), item.codeId(), coderId, unit, spans);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code_id", item.codeId());
            row.put("transcript_id", item.transcriptId());
            row.put("unit_start", item.start());
            row.put("unit_end", item.end());
            row.put("decision", decision.id());
            row.put("decided_by", who);
            row.put("decided_at", Instant.now().toString());
            row.put("note", note == null || note.isBlank() ? null : note.strip());
            row.put("unit", item.unit().id());
            row.put("coder_a", item.coderA());
            row.put("coder_b", item.coderB());
            row.put("consensus", consensus);
            row.put("spans", decision == Decision.EDIT ? formatSpans(spans) : null);
            row.put("guid", Ids.guid());
            long logId = tx.insertLong("review_decisions", row);
            markReference(tx);
            return logId;
        });
        return log().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    /**
     * Gives the consensus coder the units all compared coders agree on: in each, the union of
     * their codings of the code, clipped to the unit. One undoable action; run it before the
     * decisions (at segment overlap a matched pair's unit can overlap an unmatched segment).
     *
     * @return the number of units adopted
     */
    public int adoptAgreements(AgreementResult result, String supervisor) {
        requireNotCompared(result.coders());
        Map<String, List<Coding>> byCoder = new HashMap<>();
        for (String coder : result.coders()) {
            byCoder.put(coder, project.codings().list(CodingFilter.ALL.withCoder(coder)));
        }
        List<UnitPresence> agreed = result.agreements();
        List<List<Segment>> spans = new ArrayList<>();
        for (UnitPresence u : agreed) {
            Segment unit = new Segment(u.start(), u.end());
            List<Segment> union = new ArrayList<>();
            for (String coder : result.coders()) {
                List<Segment> mine = byCoder.get(coder).stream()
                        .filter(c -> c.transcriptId() == u.transcriptId() && c.codeId().equals(u.codeId()))
                        .map(c -> new Segment(c.start(), c.end())).toList();
                union.addAll(clip(mine, unit));
            }
            spans.add(join(union));
        }
        if (agreed.isEmpty()) {
            return 0;
        }
        String who = supervisor == null || supervisor.isBlank() ? CodingService.defaultCoder() : supervisor.strip();
        project.database().action(Messages.get("undo.adoptAgreements", consensus), who, tx -> {
            long coderId = CodingService.ensureCoder(tx, consensus);
            for (int i = 0; i < agreed.size(); i++) {
                UnitPresence u = agreed.get(i);
                replaceInUnit(tx, u.transcriptId(), u.codeId(), coderId, new Segment(u.start(), u.end()), spans.get(i));
            }
            markReference(tx);
            return null;
        });
        return agreed.size();
    }

    /** Every logged decision, oldest first. */
    public List<ReviewLogEntry> log() {
        return project.database().read(c -> {
            List<ReviewLogEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, code_id, transcript_id, unit_start, unit_end, decision,"
                    + " decided_by, decided_at, note, unit, coder_a, coder_b, consensus, spans FROM review_decisions ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReviewLogEntry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
                            Decision.parse(rs.getString(6)), rs.getString(7), Instant.parse(rs.getString(8)), rs.getString(9),
                            rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), parseSpans(rs.getString(14))));
                }
            }
            return out;
        });
    }

    /** The coder whose codings are the project's reference, once a consensus exists. */
    public Optional<String> referenceCoder() {
        return project.database().info(REFERENCE_CODER);
    }

    private void requireNotCompared(List<String> coders) {
        if (coders.contains(consensus)) {
            throw new LocalizedException("review.consensusIsCompared", consensus);
        }
    }

    private List<Segment> codings(long transcriptId, String codeId, String coder) {
        return project.codings().list(new CodingFilter(transcriptId, codeId, coder)).stream()
                .map(c -> new Segment(c.start(), c.end())).toList();
    }

    /**
     * Makes the consensus coder's codings of the code inside the unit exactly {@code spans}:
     * codings wholly inside go, codings reaching out of the unit are cut back to outside it.
     */
    private static void replaceInUnit(Tx tx, long transcriptId, String codeId, long coderId, Segment unit, List<Segment> spans)
            throws SQLException {
        record Existing(long id, int start, int end, String createdAt, String comment) {
        }
        List<Existing> existing = new ArrayList<>();
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id, start, end, created_at, comment FROM codings"
                + " WHERE transcript_id = ? AND code_id = ? AND coder_id = ? AND start < ? AND end > ?")) {
            ps.setLong(1, transcriptId);
            ps.setString(2, codeId);
            ps.setLong(3, coderId);
            ps.setInt(4, unit.end());
            ps.setInt(5, unit.start());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.add(new Existing(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        for (Existing e : existing) {
            boolean left = e.start() < unit.start();
            boolean right = e.end() > unit.end();
            if (left && right) {
                tx.update("codings", e.id(), Map.of("end", unit.start()));
                insertCoding(tx, transcriptId, codeId, coderId, new Segment(unit.end(), e.end()), e.createdAt(), e.comment());
            } else if (left) {
                tx.update("codings", e.id(), Map.of("end", unit.start()));
            } else if (right) {
                tx.update("codings", e.id(), Map.of("start", unit.end()));
            } else {
                deleteWithMemos(tx, e.id());
            }
        }
        String now = Instant.now().toString();
        for (Segment s : spans) {
            insertCoding(tx, transcriptId, codeId, coderId, s, now, null);
        }
    }

    private static void insertCoding(Tx tx, long transcriptId, String codeId, long coderId, Segment span, String createdAt,
            String comment) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("transcript_id", transcriptId);
        row.put("start", span.start());
        row.put("end", span.end());
        row.put("code_id", codeId);
        row.put("coder_id", coderId);
        row.put("created_at", createdAt);
        row.put("comment", comment);
        row.put("guid", Ids.guid());
        tx.insert("codings", row);
    }

    /** As {@link CodingService#remove}: memos on a coding go with it. */
    private static void deleteWithMemos(Tx tx, long codingId) throws SQLException {
        List<Long> memos = new ArrayList<>();
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM memos WHERE target_type = 'coding' AND target_id = ?")) {
            ps.setString(1, String.valueOf(codingId));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    memos.add(rs.getLong(1));
                }
            }
        }
        for (long memo : memos) {
            tx.delete("memos", memo);
        }
        tx.delete("codings", codingId);
    }

    /** A setting, not part of the action: undoing a decision does not unmake the consensus the reference. */
    private void markReference(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO project_info (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, REFERENCE_CODER);
            ps.setString(2, consensus);
            ps.executeUpdate();
        }
        tx.touch("project_info");
    }

    private static List<Segment> checkEdit(List<Segment> edited, Segment unit) {
        if (edited == null || edited.isEmpty()) {
            throw new LocalizedException("review.editNeedsSpans");
        }
        for (Segment s : edited) {
            if (s.length() == 0 || s.start() < unit.start() || s.end() > unit.end()) {
                throw new LocalizedException("review.editOutsideUnit", s.start(), s.end(), unit.start(), unit.end());
            }
        }
        return join(edited);
    }

    static List<Segment> clip(List<Segment> spans, Segment unit) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : spans) {
            int start = Math.max(s.start(), unit.start());
            int end = Math.min(s.end(), unit.end());
            if (end > start) {
                out.add(new Segment(start, end));
            }
        }
        return join(out);
    }

    /** Sorted, with overlapping or touching spans joined into one. */
    static List<Segment> join(List<Segment> spans) {
        List<Segment> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Segment> out = new ArrayList<>();
        for (Segment s : sorted) {
            if (!out.isEmpty() && out.getLast().end() >= s.start()) {
                Segment last = out.removeLast();
                out.add(new Segment(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static String formatSpans(List<Segment> spans) {
        return String.join(";", spans.stream().map(s -> s.start() + "-" + s.end()).toList());
    }

    private static List<Segment> parseSpans(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Segment> out = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] ends = part.split("-");
            out.add(new Segment(Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip())));
        }
        return out;
    }
}
