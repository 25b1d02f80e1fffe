package nl.codewerk.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import nl.codewerk.project.Database;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a participants sheet (.csv with {@code ,} or {@code ;}, or .xlsx) and gives cases their
 * attributes. The first column names the transcript (without extension); optional columns
 * {@code casus}/{@code case} name the case and {@code spreker}/{@code speaker} the speaker
 * whose turns count for it (paired interviews); every other column is an attribute whose type
 * is inferred from its values. All of it is one transaction: a bad sheet changes nothing.
 */
final class ParticipantsImport {

    private static final Set<String> CASE_COLUMNS = Set.of("casus", "case");
    private static final Set<String> SPEAKER_COLUMNS = Set.of("spreker", "speaker");

    private final Database database;
    private final TranscriptStore transcripts;
    private final CaseStore cases;

    ParticipantsImport(Database database, TranscriptStore transcripts, CaseStore cases) {
        this.database = database;
        this.transcripts = transcripts;
        this.cases = cases;
    }

    /** Applies the sheet; returns notes for the import report (rows without a transcript). */
    List<String> apply(Path sheet) {
        List<List<String>> rows = read(sheet);
        if (rows.isEmpty() || rows.getFirst().size() < 2) {
            throw new ImportRefusedException("participants.noHeader", sheet.getFileName());
        }
        List<String> header = rows.getFirst().stream().map(String::strip).toList();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (column.isEmpty()) {
                throw new ImportRefusedException("participants.emptyColumnName", sheet.getFileName());
            }
            if (!seen.add(column.toLowerCase(Locale.ROOT))) {
                throw new ImportRefusedException("participants.duplicateColumn", sheet.getFileName(), column);
            }
        }
        int caseColumn = indexOf(header, CASE_COLUMNS);
        int speakerColumn = indexOf(header, SPEAKER_COLUMNS);
        List<List<String>> body = rows.subList(1, rows.size()).stream()
                .filter(r -> r.stream().anyMatch(v -> !v.isBlank())).toList();
        Map<Integer, AttributeType> types = new LinkedHashMap<>();
        for (int col = 1; col < header.size(); col++) {
            if (col != caseColumn && col != speakerColumn) {
                types.put(col, infer(body, col));
            }
        }
        List<String> notes = new ArrayList<>();
        database.unrecorded("participants", tx -> {
            Map<Integer, Attribute> attributes = new LinkedHashMap<>();
            for (var entry : types.entrySet()) {
                attributes.put(entry.getKey(), cases.ensureAttribute(tx, header.get(entry.getKey()), entry.getValue()));
            }
            Map<Long, Boolean> hasPlainRow = new LinkedHashMap<>();
            for (List<String> row : body) {
                String transcriptName = cell(row, 0);
                Optional<Transcript> transcript = transcripts.find(transcriptName);
                if (transcript.isEmpty()) {
                    notes.add(nl.codewerk.i18n.Messages.get("participants.noTranscript", transcriptName));
                    continue;
                }
                long tid = transcript.get().id();
                String caseName = caseColumn >= 0 && !cell(row, caseColumn).isBlank() ? cell(row, caseColumn) : transcript.get().name();
                String speaker = speakerColumn >= 0 ? cell(row, speakerColumn) : "";
                long caseId = cases.ensureCase(tx, caseName);
                for (var entry : attributes.entrySet()) {
                    cases.setValue(tx, caseId, entry.getValue(), cell(row, entry.getKey()));
                }
                if (!speaker.isBlank()) {
                    cases.linkSpeaker(tx, tid, speaker, caseId);
                    if (!hasPlainRow.getOrDefault(tid, false) && !hasPlainRow.containsKey(tid)) {
                        // The first speaker row sets the transcript's case until a row without a speaker does.
                        transcripts.setCase(tx, tid, caseId);
                        hasPlainRow.put(tid, false);
                    }
                } else {
                    transcripts.setCase(tx, tid, caseId);
                    hasPlainRow.put(tid, true);
                }
            }
            cases.dropUnusedCases(tx);
            return null;
        });
        return notes;
    }

    private static AttributeType infer(List<List<String>> body, int col) {
        List<String> values = body.stream().map(r -> cell(r, col)).filter(v -> !v.isBlank()).toList();
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
        for (int i = 1; i < header.size(); i++) {
            if (names.contains(header.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int col) {
        return col < row.size() && row.get(col) != null ? row.get(col).strip() : "";
    }

    static List<List<String>> read(Path sheet) {
        String name = sheet.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                return readWorkbook(sheet);
            }
            if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
                return readCsv(sheet);
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportRefusedException(e, "participants.unreadable", sheet.getFileName(), String.valueOf(e.getMessage()));
        }
        throw new ImportRefusedException("participants.unknownFormat", sheet.getFileName());
    }

    private static List<List<String>> readCsv(Path sheet) throws IOException {
        String text = new String(Files.readAllBytes(sheet), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';'
                : count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static List<List<String>> readWorkbook(Path sheet) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(sheet); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet first = workbook.getSheetAt(0);
            for (Row row : first) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
