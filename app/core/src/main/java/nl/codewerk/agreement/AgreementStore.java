package nl.codewerk.agreement;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.codewerk.project.Database;

/**
 * The bulk reads agreement needs, and nothing else: the spans of every turn, transcript names,
 * and the coders' codings as bare spans, each in one query. Comparing 1,000 transcripts must take
 * under two seconds (issue 8); reading through the general stores costs a query per transcript
 * and full coding records, several times what these three queries do. Read-only: every write
 * still goes through the stores and services that own these tables.
 */
final class AgreementStore {

    /** A coding reduced to what comparison needs. */
    record CodedSpan(long transcriptId, int start, int end, String codeId, String coder) {
    }

    private final Database database;

    AgreementStore(Database database) {
        this.database = database;
    }

    /** Every transcript's id and name, in the order transcript lists show them (by name). */
    List<AgreementResult.ComparedTranscript> transcripts() {
        return database.read(c -> {
            List<AgreementResult.ComparedTranscript> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM transcripts ORDER BY name COLLATE NOCASE, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AgreementResult.ComparedTranscript(rs.getLong(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    /** The spoken-word span of every non-empty turn, per transcript, in turn order. */
    Map<Long, List<Segment>> turnSpans() {
        return database.read(c -> {
            Map<Long, List<Segment>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT transcript_id, start, end FROM turns WHERE end > start"
                    + " ORDER BY transcript_id, ordinal");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Segment(rs.getInt(2), rs.getInt(3)));
                }
            }
            return out;
        });
    }

    /** The codings of the given coders. */
    List<CodedSpan> codings(List<String> coders) {
        String marks = String.join(", ", Collections.nCopies(coders.size(), "?"));
        return database.read(c -> {
            List<CodedSpan> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT k.transcript_id, k.start, k.end, k.code_id, c.name"
                    + " FROM codings k JOIN coders c ON c.id = k.coder_id WHERE c.name IN (" + marks + ")")) {
                for (int i = 0; i < coders.size(); i++) {
                    ps.setString(i + 1, coders.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CodedSpan(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }
}
