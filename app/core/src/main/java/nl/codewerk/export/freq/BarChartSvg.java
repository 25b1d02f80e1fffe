package nl.codewerk.export.freq;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.codewerk.i18n.Messages;

/**
 * A horizontal bar chart of the codes mentioned by most cases, written as SVG text: core may
 * not use AWT, and SVG scales in Word and LibreOffice without blurring. (A PNG of the same
 * chart is the workbench's job, which can render it with JavaFX.)
 */
public final class BarChartSvg {

    private static final int WIDTH = 820;
    private static final int LABEL_WIDTH = 270;
    private static final int BAR_AREA = 320;
    private static final int ROW = 28;
    private static final int TOP = 56;

    private BarChartSvg() {
    }

    /** The rows the chart shows: codes by cases, then codings, most first; codes without codings left out. */
    public static List<FrequencyTable.Row> topRows(FrequencyTable table, int top) {
        return table.rows().stream()
                .filter(r -> r.counts().own().codings() > 0)
                .sorted(Comparator.comparingInt((FrequencyTable.Row r) -> r.counts().own().cases()).reversed()
                        .thenComparing(Comparator.comparingInt((FrequencyTable.Row r) -> r.counts().own().codings()).reversed()))
                .limit(top)
                .toList();
    }

    public static String render(FrequencyTable table, int top, Locale locale) {
        List<FrequencyTable.Row> rows = topRows(table, top);
        int inScope = table.scope().cases().size();
        int max = Math.max(1, rows.stream().mapToInt(r -> r.counts().own().cases()).max().orElse(1));
        int height = TOP + Math.max(1, rows.size()) * ROW + 40;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"Calibri, Carlito, 'Segoe UI', Arial, sans-serif\" font-size=\"13\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        text(svg, 16, 28, "start", "font-size=\"17\" font-weight=\"bold\" fill=\"#222222\"",
                Messages.get(locale, "export.chart.title", rows.size()));
        text(svg, 16, 46, "start", "fill=\"#666666\"", Messages.get(locale, "export.chart.subtitle", inScope));
        for (int tick = 0; tick <= 4; tick++) {
            double x = LABEL_WIDTH + BAR_AREA * tick / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e3e3e3\"/>\n",
                    x, TOP - 4, x, TOP + rows.size() * ROW));
        }
        int y = TOP;
        for (FrequencyTable.Row row : rows) {
            Counts counts = row.counts().own();
            double barWidth = BAR_AREA * counts.cases() / (double) max;
            text(svg, LABEL_WIDTH - 8, y + 18, "end", "fill=\"#222222\"", shorten(row.code().name(), 40));
            String colour = colour(row.code().color());
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\" fill=\"%s\" stroke=\"%s\"/>\n",
                    LABEL_WIDTH, y + 5, Math.max(1, barWidth), ROW - 10, colour, darker(colour)));
            text(svg, (int) (LABEL_WIDTH + barWidth + 6), y + 18, "start", "fill=\"#444444\"",
                    Messages.get(locale, "export.chart.value", counts.cases(), counts.percentRounded(), counts.codings()));
            y += ROW;
        }
        if (rows.isEmpty()) {
            text(svg, 16, TOP + 18, "start", "fill=\"#666666\"", Messages.get(locale, "export.chart.empty"));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, String attributes, String content) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor).append("\" ")
                .append(attributes).append('>').append(escape(content)).append("</text>\n");
    }

    private static String shorten(String name, int max) {
        return name.length() <= max ? name : name.substring(0, max - 1) + "…";
    }

    private static String colour(String color) {
        return color != null && color.matches("#[0-9A-Fa-f]{6}") ? color : "#5B8DB8";
    }

    /** The colour at 60 %: an outline that keeps pale code colours visible on white. */
    private static String darker(String colour) {
        StringBuilder out = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            out.append(String.format("%02X", Integer.parseInt(colour.substring(i, i + 2), 16) * 3 / 5));
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
