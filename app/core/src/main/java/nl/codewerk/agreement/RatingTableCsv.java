package nl.codewerk.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a rating table from CSV: the header row names the coders, every further row is one unit,
 * an empty cell is a missing rating. UTF-8 with or without a byte-order mark; the delimiter is
 * {@code ,} or {@code ;}, whichever occurs more often (outside quotes) in the header line, since
 * spreadsheets in comma-decimal locales such as Dutch write {@code ;}. Blank lines are skipped;
 * cells are stripped of surrounding white space.
 */
public final class RatingTableCsv {

    private RatingTableCsv() {
    }

    public static RatingTable read(Path file, MeasureLevel level, List<String> categories) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, level, categories);
        }
    }

    public static RatingTable read(InputStream in, MeasureLevel level, List<String> categories)
            throws IOException {
        byte[] bytes = in.readAllBytes();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RatingTableFormatException(0, "the file is not valid UTF-8 text");
        }
        return parse(text, level, categories);
    }

    /** Parses CSV text (a leading byte-order mark is ignored). */
    public static RatingTable parse(String csv, MeasureLevel level, List<String> categories) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        if (text.isBlank()) {
            throw new RatingTableFormatException(0, "no header row: the file is empty");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(firstNonBlankLine(text)))
                .setIgnoreEmptyLines(true)
                .get();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV reports unbalanced quotes this way; its message carries its own line count.
            throw new RatingTableFormatException(0, "malformed CSV: " + e.getMessage());
        }
        CSVRecord header = records.getFirst();
        int headerLine = lineOf(text, header);
        List<String> coders = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                throw new RatingTableFormatException(headerLine,
                        "column " + (i + 1) + " of the header row has no coder name");
            }
            if (!seen.add(name)) {
                throw new RatingTableFormatException(headerLine, "coder '" + name + "' is named twice in the header row");
            }
            coders.add(name);
        }
        if (coders.size() < 2) {
            throw new RatingTableFormatException(headerLine, "the header row names " + coders.size()
                    + " coder" + (coders.size() == 1 ? "" : "s") + " (" + String.join(", ", coders)
                    + "); agreement needs at least 2. Is the delimiter ',' or ';'?");
        }
        List<List<String>> rows = new ArrayList<>();
        int[] lines = new int[records.size() - 1];
        for (int i = 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            lines[i - 1] = lineOf(text, record);
            if (record.size() != coders.size()) {
                throw new RatingTableFormatException(lines[i - 1], "has " + record.size() + " cell"
                        + (record.size() == 1 ? "" : "s") + " but the header names " + coders.size() + " coders");
            }
            rows.add(Arrays.asList(record.values()));
        }
        try {
            return RatingTable.of(coders, rows, level, categories);
        } catch (InvalidCellException e) {
            throw new RatingTableFormatException(lines[e.unit()], "coder '" + e.rater() + "': " + e.problem());
        }
    }

    /** {@code ;} when it outnumbers {@code ,} outside quotes in the header line, else {@code ,}. */
    static char delimiter(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char ch : headerLine.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == ',') {
                commas++;
            } else if (!quoted && ch == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String firstNonBlankLine(String text) {
        for (String line : text.split("\\R", -1)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    /** One-based line on which a record starts, counted from the parser's character offset. */
    private static int lineOf(String text, CSVRecord record) {
        int end = (int) Math.min(record.getCharacterPosition(), text.length());
        // The offset is taken before the parser skips empty lines; an empty line is never a record.
        while (end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
            end++;
        }
        int line = 1;
        for (int i = 0; i < end; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
