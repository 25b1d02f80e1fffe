package nl.codewerk.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws how each cost grows with the number of transcripts: one line per metric, each scaled
 * to its value at the largest run, beside the straight line a linear cost would follow. AWT is
 * fine here: the harness is not part of core.
 */
final class ScalingChart {

    private static final Color[] PALETTE = {new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C), new Color(0x9467BD),
            new Color(0xFF7F0E), new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF)};

    /**
     * The costs that depend on the number of transcripts; the others work on a fixed amount
     * (1,000 coding actions, 20,000 fragments, one transcript) and would only show noise here.
     */
    static final java.util.Set<String> GROWS_WITH_TRANSCRIPTS = java.util.Set.of("import", "index", "agreement", "refi_export", "refi_import");

    private ScalingChart() {
    }

    /** @param runs transcripts count -> that run's metrics */
    static void write(Path png, Map<Integer, List<Metric>> runs, String machine) throws IOException {
        int width = 900;
        int height = 560;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int left = 80;
        int right = 290;
        int top = 60;
        int bottom = 70;
        int plotW = width - left - right;
        int plotH = height - top - bottom;
        List<Integer> sizes = new ArrayList<>(runs.keySet());
        int maxN = sizes.stream().mapToInt(Integer::intValue).max().orElse(1);

        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Codewerk: cost against number of transcripts (relative to the largest run)", left, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(machine, left, 48);
        g.drawLine(left, top + plotH, left + plotW, top + plotH);
        g.drawLine(left, top, left, top + plotH);
        for (int i = 0; i <= 4; i++) {
            int y = top + plotH - i * plotH / 4;
            g.drawString(String.format("%.2f", i / 4.0), left - 40, y + 4);
            g.setColor(new Color(0xEEEEEE));
            g.drawLine(left + 1, y, left + plotW, y);
            g.setColor(Color.DARK_GRAY);
        }
        for (int n : sizes) {
            int x = left + n * plotW / maxN;
            g.drawString(String.valueOf(n), x - 10, top + plotH + 18);
        }
        g.drawString("transcripts", left + plotW / 2 - 30, top + plotH + 40);

        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 6}, 0));
        g.drawLine(left, top + plotH, left + plotW, top);
        g.setStroke(new BasicStroke(2.5f));
        g.drawString("linear", left + plotW + 20, top + 14);

        Map<String, Map<Integer, Double>> series = new LinkedHashMap<>();
        for (var run : runs.entrySet()) {
            for (Metric m : run.getValue()) {
                if (m.value() != null && GROWS_WITH_TRANSCRIPTS.contains(m.metric())) {
                    series.computeIfAbsent(m.metric(), k -> new LinkedHashMap<>()).put(run.getKey(), m.value());
                }
            }
        }
        g.setClip(left - 6, top - 6, plotW + 12, plotH + 12);
        int legendY = top + 40;
        int colour = 0;
        for (var entry : series.entrySet()) {
            Map<Integer, Double> points = entry.getValue();
            double atMax = points.getOrDefault(maxN, 0.0);
            if (atMax <= 0 || points.size() < 2) {
                continue;
            }
            g.setColor(PALETTE[colour++ % PALETTE.length]);
            int px = -1;
            int py = -1;
            for (int n : sizes) {
                Double v = points.get(n);
                if (v == null) {
                    continue;
                }
                int x = left + n * plotW / maxN;
                int y = top + plotH - (int) Math.round(Math.min(1.2, v / atMax) * plotH);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                px = x;
                py = y;
            }
            g.setClip(null);
            g.drawLine(left + plotW + 20, legendY - 4, left + plotW + 45, legendY - 4);
            g.drawString(entry.getKey() + String.format(" (%.0f ms at %d)", atMax, maxN), left + plotW + 50, legendY);
            legendY += 20;
            g.setClip(left - 6, top - 6, plotW + 12, plotH + 12);
        }
        g.setClip(null);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }
}
