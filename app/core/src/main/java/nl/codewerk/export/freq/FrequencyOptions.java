package nl.codewerk.export.freq;

import nl.codewerk.export.ExportException;
import nl.codewerk.export.ExportFilter;

/**
 * What a frequency table counts: the filter (coder, codes, case attribute), what to break the
 * counts down by, and whether to add a column group per coder.
 */
public record FrequencyOptions(ExportFilter filter, Grouping grouping, String attribute, boolean perCoder) {

    public static final FrequencyOptions DEFAULT = new FrequencyOptions(ExportFilter.ALL, Grouping.NONE, null, false);

    public FrequencyOptions {
        filter = filter == null ? ExportFilter.ALL : filter;
        grouping = grouping == null ? Grouping.NONE : grouping;
        if (grouping == Grouping.ATTRIBUTE && (attribute == null || attribute.isBlank())) {
            throw new ExportException("export.badGrouping", "attribute:");
        }
    }

    /** Reads the command line's {@code --by}: {@code case}, {@code transcript} or {@code attribute:NAME}. */
    public static FrequencyOptions by(String by) {
        String spec = by == null ? "" : by.strip();
        if (spec.isEmpty() || spec.equals("none")) {
            return DEFAULT;
        }
        if (spec.equals("case")) {
            return DEFAULT.withGrouping(Grouping.CASE, null);
        }
        if (spec.equals("transcript")) {
            return DEFAULT.withGrouping(Grouping.TRANSCRIPT, null);
        }
        if (spec.startsWith("attribute:") && spec.length() > "attribute:".length()) {
            return DEFAULT.withGrouping(Grouping.ATTRIBUTE, spec.substring("attribute:".length()).strip());
        }
        throw new ExportException("export.badGrouping", spec);
    }

    public FrequencyOptions withFilter(ExportFilter newFilter) {
        return new FrequencyOptions(newFilter, grouping, attribute, perCoder);
    }

    public FrequencyOptions withGrouping(Grouping newGrouping, String newAttribute) {
        return new FrequencyOptions(filter, newGrouping, newAttribute, perCoder);
    }

    public FrequencyOptions withPerCoder(boolean newPerCoder) {
        return new FrequencyOptions(filter, grouping, attribute, newPerCoder);
    }
}
