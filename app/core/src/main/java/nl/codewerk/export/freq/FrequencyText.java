package nl.codewerk.export.freq;

import java.util.Locale;
import nl.codewerk.i18n.Messages;

/** The frequency table as plain text for a terminal: codes indented, numbers right-aligned. */
public final class FrequencyText {

    private FrequencyText() {
    }

    public static String render(FrequencyTable table, Locale locale) {
        int nameWidth = Messages.get(locale, "export.column.code").length();
        for (FrequencyTable.Row row : table.rows()) {
            nameWidth = Math.max(nameWidth, row.depth() * 2 + row.code().name().length());
        }
        nameWidth = Math.min(nameWidth, 60);
        StringBuilder out = new StringBuilder();
        String format = "%-" + nameWidth + "s %8s %8s %8s %8s  %8s %8s%n";
        out.append(String.format(locale, format, Messages.get(locale, "export.column.code"),
                Messages.get(locale, "export.text.cases"), "%", Messages.get(locale, "export.text.codings"),
                Messages.get(locale, "export.text.words"), Messages.get(locale, "export.text.subtreeCases"),
                Messages.get(locale, "export.text.subtreeCodings")));
        for (FrequencyTable.Row row : table.rows()) {
            line(out, format, locale, "  ".repeat(row.depth()) + row.code().name(), nameWidth, row.counts());
        }
        line(out, format, locale, Messages.get(locale, "export.total"), nameWidth, table.total().counts());
        out.append(Messages.get(locale, "export.text.scope", table.scope().cases().size(), table.scope().codings().size()))
                .append(System.lineSeparator());
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Locale locale, String name, int width, RowCounts counts) {
        String shown = name.length() > width ? name.substring(0, width - 1) + "…" : name;
        out.append(String.format(locale, format, shown, counts.own().cases(), String.format(locale, "%.1f", counts.own().percentRounded()),
                counts.own().codings(), counts.own().words(), counts.subtree().cases(), counts.subtree().codings()));
    }
}
