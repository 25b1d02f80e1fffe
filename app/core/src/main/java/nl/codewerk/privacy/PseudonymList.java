package nl.codewerk.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.codewerk.i18n.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The replacements a project pseudonymises with ({@code Sanne} becomes {@code [jongere]}), in
 * the order given. Entries that could not do their job are refused with a reason: an original
 * without a letter or digit, an empty replacement (deleting names would silently delete coded
 * words), the same original with two replacements, and a replacement that still contains one
 * of the originals (the name would survive the pseudonymisation).
 */
public final class PseudonymList {

    /** A row of a list that was left out, and why (line numbers as a spreadsheet shows them). */
    public record Refused(int line, String original, String reason) {
    }

    /** A list read from a file: the usable entries and the refused rows. */
    public record Read(PseudonymList list, List<Refused> refused) {

        public Read {
            refused = List.copyOf(refused);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ORIGINAL_HEADERS = Set.of("original", "origineel", "oorspronkelijk", "naam", "name", "echte naam");
    private static final Set<String> REPLACEMENT_HEADERS = Set.of("replacement", "vervanging", "pseudoniem", "pseudonym", "vervangen door");

    public static final PseudonymList EMPTY = new PseudonymList(List.of());

    private final List<Pseudonym> entries;

    private PseudonymList(List<Pseudonym> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A list from entries; throws on the first entry that cannot be used. */
    public static PseudonymList of(List<Pseudonym> pseudonyms) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < pseudonyms.size(); i++) {
            rows.add(new Row(i + 1, pseudonyms.get(i).original(), pseudonyms.get(i).replacement()));
        }
        Read read = check(rows);
        if (!read.refused().isEmpty()) {
            Refused first = read.refused().getFirst();
            throw new PseudonymException("pseudonym.refusedEntry", first.original(), first.reason());
        }
        return read.list();
    }

    /**
     * Reads a CSV file of two columns, original and replacement ({@code ,} or {@code ;} as a
     * spreadsheet writes it, UTF-8 with or without a byte order mark, an optional header row).
     */
    public static Read readCsv(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PseudonymException(e, "pseudonym.cannotRead", file, e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';'
                : firstLine.contains("\t") && !firstLine.contains(",") ? '\t' : ',';
        List<Row> rows = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        try (Reader reader = new StringReader(text);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get())) {
            boolean first = true;
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                List<String> cells = record.toList().stream().map(String::strip).toList();
                if (first && cells.size() >= 2 && ORIGINAL_HEADERS.contains(cells.get(0).toLowerCase(Locale.ROOT))
                        && REPLACEMENT_HEADERS.contains(cells.get(1).toLowerCase(Locale.ROOT))) {
                    first = false;
                    continue;
                }
                first = false;
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (cells.size() < 2) {
                    refused.add(new Refused(line, cells.getFirst(), Messages.get("pseudonym.oneColumn")));
                    continue;
                }
                rows.add(new Row(line, cells.get(0), cells.get(1)));
            }
        } catch (IOException | RuntimeException e) {
            throw new PseudonymException(e, "pseudonym.cannotRead", file, String.valueOf(e.getMessage()));
        }
        Read checked = check(rows);
        List<Refused> all = new ArrayList<>(refused);
        all.addAll(checked.refused());
        all.sort(java.util.Comparator.comparingInt(Refused::line));
        return new Read(checked.list(), all);
    }

    private record Row(int line, String original, String replacement) {
    }

    private static Read check(List<Row> rows) {
        List<Refused> refused = new ArrayList<>();
        Map<String, Row> kept = new LinkedHashMap<>();
        for (Row row : rows) {
            String original = row.original().strip();
            String replacement = row.replacement().strip();
            if (original.codePoints().noneMatch(Character::isLetterOrDigit)) {
                refused.add(new Refused(row.line(), original, Messages.get("pseudonym.noWord")));
            } else if (replacement.isEmpty()) {
                refused.add(new Refused(row.line(), original, Messages.get("pseudonym.emptyReplacement")));
            } else if (kept.containsKey(original) && !kept.get(original).replacement().equals(replacement)) {
                refused.add(new Refused(row.line(), original, Messages.get("pseudonym.duplicate", kept.get(original).line())));
            } else if (!kept.containsKey(original)) {
                kept.put(original, new Row(row.line(), original, replacement));
            }
        }
        NameMatcher all = NameMatcher.of(kept.values().stream().map(r -> new Pseudonym(r.original(), r.replacement())).toList());
        List<Pseudonym> entries = new ArrayList<>();
        for (Row row : kept.values()) {
            List<NameMatcher.Match> kept2 = all.find(row.replacement());
            if (!kept2.isEmpty()) {
                refused.add(new Refused(row.line(), row.original(), Messages.get("pseudonym.replacementKeepsName", kept2.getFirst().found())));
            } else {
                entries.add(new Pseudonym(row.original(), row.replacement()));
            }
        }
        refused.sort(java.util.Comparator.comparingInt(Refused::line));
        return new Read(new PseudonymList(entries), refused);
    }

    public List<Pseudonym> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    public NameMatcher matcher() {
        return NameMatcher.of(entries);
    }

    /** This list with {@code newer} added; where both have an original, newer's replacement counts. */
    public PseudonymList plus(PseudonymList newer) {
        Map<String, Pseudonym> merged = new LinkedHashMap<>();
        entries.forEach(p -> merged.put(p.original(), p));
        newer.entries.forEach(p -> merged.put(p.original(), p));
        return of(List.copyOf(merged.values()));
    }

    public String toJson() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Pseudonym p : entries) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("original", p.original());
            m.put("replacement", p.replacement());
            out.add(m);
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Plain strings always serialise", e);
        }
    }

    public static PseudonymList fromJson(String json) {
        try {
            List<Map<String, String>> in = JSON.readValue(json, new TypeReference<>() { });
            return of(in.stream().map(m -> new Pseudonym(m.get("original"), m.get("replacement"))).toList());
        } catch (JsonProcessingException e) {
            throw new PseudonymException(e, "pseudonym.savedUnreadable", e.getOriginalMessage());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PseudonymList list && list.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
