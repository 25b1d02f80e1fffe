package nl.codewerk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes results.json (for scripts) and results.md (for people) into the output folder. */
final class ResultsWriter {

    private ResultsWriter() {
    }

    static void write(Path out, List<Metric> metrics, String machine) throws IOException {
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("results.json").toFile(), metrics);
        StringBuilder md = new StringBuilder("# Codewerk benchmark results\n\n");
        md.append("Machine: ").append(machine).append("\n\n");
        md.append("| metric | value | unit | baseline | ratio | target | pass | scale | note |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Metric m : metrics) {
            md.append("| ").append(m.metric())
                    .append(" | ").append(m.value() == null ? "—" : fmt(m.value()))
                    .append(" | ").append(m.unit())
                    .append(" | ").append(m.baseline() == null ? "" : fmt(m.baseline()))
                    .append(" | ").append(m.ratio() == null ? "" : fmt(m.ratio()))
                    .append(" | ").append(m.target() == null ? "" : ("ratio".equals(m.targetKind()) ? "≤ " + fmt(m.target()) + "x" : "≤ " + fmt(m.target())))
                    .append(" | ").append(m.pass() == null ? "" : m.pass() ? "pass" : "FAIL")
                    .append(" | ").append(m.scale())
                    .append(" | ").append(m.note() == null ? "" : m.note().replace("|", "/"))
                    .append(" |\n");
        }
        Files.writeString(out.resolve("results.md"), md, StandardCharsets.UTF_8);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.3f", v);
    }
}
