package nl.codewerk.export.freq;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.codewerk.cases.AttributeValues;
import nl.codewerk.codebook.Code;
import nl.codewerk.export.Scope;
import nl.codewerk.i18n.Messages;

/**
 * A computed frequency table: one row per code in tree order, a totals row, and the column
 * groups (cases, transcripts or attribute values; coders) the counts are broken down by.
 *
 * @param groups   the column groups of {@link FrequencyOptions#grouping()}, in display order
 * @param coders   the coders with a column group each when counting per coder, else empty
 */
public record FrequencyTable(Scope scope, FrequencyOptions options, List<Row> rows, Row total, List<Group> groups,
        List<String> coders) {

    /**
     * A column group: {@code key} names it in JSON (a case or transcript name, an attribute
     * value in its stored form, "" for cases without a value); {@code value} is the name or
     * the typed attribute value (null: no value); {@code cases} is the number of cases in
     * scope it covers, the denominator of its %.
     */
    public record Group(String key, Object value, int cases) {

        /** How files show the group: ja/nee in Dutch, "(no value)" for cases without one. */
        public String label(Locale locale) {
            return value == null ? Messages.get(locale, "export.noValue")
                    : AttributeValues.display(value, locale);
        }
    }

    /** A code's counts; {@code code} is null in the totals row. */
    public record Row(Code code, int depth, String codePath, RowCounts counts, Map<String, RowCounts> byGroup,
            Map<String, RowCounts> byCoder) {

        public RowCounts group(String key) {
            return byGroup.getOrDefault(key, RowCounts.NONE);
        }

        public RowCounts coder(String coder) {
            return byCoder.getOrDefault(coder, RowCounts.NONE);
        }
    }

    public FrequencyTable {
        rows = List.copyOf(rows);
        groups = List.copyOf(groups);
        coders = List.copyOf(coders);
    }
}
