package nl.codewerk.transcript;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.AttributeType;
import nl.codewerk.cases.AttributeValues;
import nl.codewerk.cases.CaseStore;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.Database;

/**
 * Applies a participants sheet: one row per case with a {@code transcript} column naming the
 * transcript (without extension), optional {@code casus} (case name) and {@code spreker} (the
 * speaker whose turns count for that case), and attribute columns whose type (yes/no, number,
 * date, text) is inferred from their values. A paired interview has two rows for one transcript,
 * each with its casus and spreker; the transcript itself (and so the interviewer's turns) counts
 * for the first. The sheet is checked whole before anything is written, and written in one
 * transaction: a bad sheet changes nothing.
 */
final class ParticipantsImport {

    private static final Set<String> TRANSCRIPT_COLUMNS = Set.of("transcript", "bestand", "file", "interview", "document");
    private static final Set<String> CASE_COLUMNS = Set.of("casus", "case");
    private static final Set<String> SPEAKER_COLUMNS = Set.of("spreker", "speaker");

    private final Database database;
    private final TranscriptStore transcripts;
    private final CaseStore cases;

    /** A row that names an existing transcript, ready to be written. */
    private record Planned(int rowNumber, long transcriptId, String caseName, String speaker, List<String> cells) {
    }

    ParticipantsImport(Database database, TranscriptStore transcripts, CaseStore cases) {
        this.database = database;
        this.transcripts = transcripts;
        this.cases = cases;
    }

    /** Applies the sheet; returns notes for the import report (rows without a transcript, unknown speakers). */
    List<String> apply(Path sheet) {
        Object name = sheet.getFileName();
        List<List<String>> rows = ParticipantsSheet.read(sheet);
        if (rows.isEmpty()) {
            throw new ImportRefusedException("participants.noHeader", name);
        }
        List<String> header = rows.getFirst().stream().map(String::strip).toList();
        checkHeader(header, name);
        int transcriptColumn = indexOf(header, TRANSCRIPT_COLUMNS);
        int caseColumn = indexOf(header, CASE_COLUMNS);
        int speakerColumn = indexOf(header, SPEAKER_COLUMNS);
        List<Integer> attributeColumns = new ArrayList<>();
        for (int col = 0; col < header.size(); col++) {
            if (col != transcriptColumn && col != caseColumn && col != speakerColumn) {
                attributeColumns.add(col);
            }
        }

        List<String> notes = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Map<Long, Integer> rowsPerTranscript = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int rowNumber = r + 1;
            String transcriptName = cell(row, transcriptColumn);
            Optional<Transcript> transcript = transcriptName.isEmpty() ? Optional.empty() : transcripts.find(transcriptName);
            if (transcript.isEmpty()) {
                notes.add(transcriptName.isEmpty() ? Messages.get("participants.rowWithoutTranscript", rowNumber)
                        : Messages.get("participants.noTranscript", transcriptName));
                continue;
            }
            String speaker = cell(row, speakerColumn);
            String caseName = cell(row, caseColumn);
            if (!speaker.isEmpty() && caseName.isEmpty()) {
                throw new ImportRefusedException("participants.speakerWithoutCase", name, rowNumber, speaker);
            }
            long tid = transcript.get().id();
            rowsPerTranscript.merge(tid, 1, Integer::sum);
            if (!speaker.isEmpty() && transcripts.turns(tid).stream().noneMatch(t -> speaker.equals(t.speaker()))) {
                notes.add(Messages.get("participants.unknownSpeaker", speaker, transcript.get().name()));
            }
            planned.add(new Planned(rowNumber, tid, caseName.isEmpty() ? transcript.get().name() : caseName, speaker, row));
        }
        for (Planned p : planned) {
            if (rowsPerTranscript.get(p.transcriptId()) > 1 && p.speaker().isEmpty()) {
                throw new ImportRefusedException("participants.repeatedTranscript", name, cell(p.cells(), transcriptColumn));
            }
        }
        Map<Integer, AttributeType> types = types(header, attributeColumns, planned, name);

        database.unrecorded("participants", tx -> {
            Map<Integer, Attribute> attributes = new LinkedHashMap<>();
            for (var entry : types.entrySet()) {
                attributes.put(entry.getKey(), cases.ensureAttribute(tx, header.get(entry.getKey()), entry.getValue()));
            }
            Set<Long> caseSet = new HashSet<>();
            for (Planned p : planned) {
                long caseId = cases.ensureCase(tx, p.caseName());
                for (var entry : attributes.entrySet()) {
                    cases.setValue(tx, caseId, entry.getValue(), cell(p.cells(), entry.getKey()));
                }
                if (!p.speaker().isEmpty()) {
                    cases.linkSpeaker(tx, p.transcriptId(), p.speaker(), caseId);
                }
                // The first row of a transcript gives it its case; unlinked speakers (the interviewer) count there.
                if (caseSet.add(p.transcriptId())) {
                    transcripts.setCase(tx, p.transcriptId(), caseId);
                }
            }
            cases.dropUnusedCases(tx);
            return null;
        });
        return notes;
    }

    private static void checkHeader(List<String> header, Object name) {
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (column.isEmpty()) {
                throw new ImportRefusedException("participants.emptyColumnName", name);
            }
            if (!seen.add(column.toLowerCase(Locale.ROOT))) {
                throw new ImportRefusedException("participants.duplicateColumn", name, column);
            }
        }
        if (indexOf(header, TRANSCRIPT_COLUMNS) < 0) {
            throw new ImportRefusedException("participants.noTranscriptColumn", name);
        }
        if (header.size() < 2) {
            throw new ImportRefusedException("participants.noHeader", name);
        }
    }

    /**
     * Each attribute column's type: an existing attribute keeps its type (and every value must fit
     * it), a new one gets the type all its values share.
     */
    private Map<Integer, AttributeType> types(List<String> header, List<Integer> columns, List<Planned> planned, Object name) {
        Map<String, Attribute> existing = new HashMap<>();
        cases.attributes().forEach(a -> existing.put(a.name(), a));
        Map<Integer, AttributeType> types = new LinkedHashMap<>();
        for (int col : columns) {
            List<String> values = planned.stream().map(p -> cell(p.cells(), col)).filter(v -> !v.isEmpty()).toList();
            Attribute known = existing.get(header.get(col));
            AttributeType type = known != null ? known.type() : infer(values);
            for (String value : values) {
                try {
                    AttributeValues.canonical(type, value);
                } catch (RuntimeException e) {
                    throw new ImportRefusedException(e, "participants.valueDoesNotFit", name, header.get(col), value,
                            Messages.get("participants.type." + type.dbName()));
                }
            }
            types.put(col, type);
        }
        return types;
    }

    static AttributeType infer(List<String> values) {
        if (values.isEmpty()) {
            return AttributeType.TEXT;
        }
        if (values.stream().allMatch(AttributeValues::isBoolean) && !values.stream().allMatch(AttributeValues::isNumber)) {
            return AttributeType.BOOLEAN;
        }
        if (values.stream().allMatch(AttributeValues::isNumber)) {
            return AttributeType.NUMBER;
        }
        if (values.stream().allMatch(AttributeValues::isDate)) {
            return AttributeType.DATE;
        }
        return AttributeType.TEXT;
    }

    private static int indexOf(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int col) {
        return col >= 0 && col < row.size() && row.get(col) != null ? row.get(col).strip() : "";
    }
}
