package nl.codewerk.export.transcript;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.codewerk.cases.AttributeValues;
import nl.codewerk.cases.Case;
import nl.codewerk.codebook.Code;
import nl.codewerk.coding.Coding;
import nl.codewerk.export.ExportException;
import nl.codewerk.export.ExportFilter;
import nl.codewerk.export.ExportTarget;
import nl.codewerk.export.OutputKind;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.export.Scope;
import nl.codewerk.export.ScopedCoding;
import nl.codewerk.export.Settings;
import nl.codewerk.export.word.WordDocument;
import nl.codewerk.i18n.Messages;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Progress;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A coded transcript for reading on paper: a two-column table with each turn (speaker label,
 * the text with coded passages shaded and numbered where they start) beside the codes applied
 * in it. A margin column rather than Word comments, because comments do not print or convert
 * to PDF by default, and a supervisor reads this on paper.
 */
public final class TranscriptDocx {

    private static final int CODES_WIDTH = 2900;
    private static final String SEVERAL_CODES = "D9D9D9";

    private final ProjectSnapshot snapshot;
    private final Transcript transcript;
    private final Scope scope;
    private final List<Coding> codings;
    private final Map<Long, Integer> markers = new HashMap<>();
    private final boolean showCoder;
    private final Locale locale;

    /** A row of the table: a turn, or the text before the first turn (a header line). */
    private record Passage(String speaker, String timestamp, int start, int end) {
    }

    public TranscriptDocx(ProjectSnapshot snapshot, String transcriptIdOrName, ExportFilter filter, Locale locale) {
        this.snapshot = snapshot;
        TranscriptSummary summary = snapshot.findTranscript(transcriptIdOrName)
                .orElseThrow(() -> new ExportException("export.unknownTranscript", transcriptIdOrName));
        this.transcript = snapshot.fullTranscript(summary.id());
        this.scope = snapshot.scope(filter);
        this.locale = locale;
        Map<String, Integer> treeOrder = new HashMap<>();
        List<Code> ordered = snapshot.codebook().inTreeOrder();
        for (int i = 0; i < ordered.size(); i++) {
            treeOrder.put(ordered.get(i).id(), i);
        }
        this.codings = scope.codings().stream().map(ScopedCoding::coding).filter(c -> c.transcriptId() == transcript.id())
                .sorted(Comparator.comparingInt(Coding::start).thenComparingInt(Coding::end)
                        .thenComparingInt(c -> treeOrder.getOrDefault(c.codeId(), 0)))
                .toList();
        for (Coding c : codings) {
            markers.put(c.id(), markers.size() + 1);
        }
        this.showCoder = codings.stream().map(Coding::coder).distinct().count() > 1;
    }

    public void write(Path file, Progress progress) {
        OutputKind.of(file, OutputKind.DOCX);
        ExportTarget.write(file, out -> write(out, progress));
    }

    public void write(OutputStream out, Progress progress) throws IOException {
        try (WordDocument doc = new WordDocument(transcript.name(), locale)) {
            doc.paragraph("Title", transcript.name());
            doc.paragraph("Subtitle", snapshot.projectName());
            for (Case c : casesOfTranscript()) {
                doc.labelled("Meta", Messages.get(locale, "export.column.case"), describe(c));
            }
            Settings settings = scope.describe(locale);
            for (Settings.Entry entry : settings.entries()) {
                if (entry.label().equals(Messages.get(locale, "export.setting.coder"))
                        || entry.label().equals(Messages.get(locale, "export.setting.exportedAt"))) {
                    doc.labelled("Meta", entry.label(), entry.value());
                }
            }
            doc.paragraph("Meta", Messages.get(locale, "export.transcript.legend", codings.size()));
            List<Passage> passages = passages();
            XWPFTable table = doc.table(passages.size() + 1, WordDocument.TEXT_WIDTH - CODES_WIDTH, CODES_WIDTH);
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            String[] headers = {Messages.get(locale, "export.transcript.text"), Messages.get(locale, "export.transcript.codes")};
            for (int c = 0; c < 2; c++) {
                header.getCell(c).setColor("D9E2F3");
                WordDocument.run(WordDocument.firstParagraph(header.getCell(c), "TableText"), headers[c], "Label");
            }
            for (int i = 0; i < passages.size(); i++) {
                progress.checkCancelled();
                progress.update(i, passages.size(), "");
                XWPFTableRow row = table.getRow(i + 1);
                text(WordDocument.firstParagraph(row.getCell(0), "TableText"), passages.get(i));
                margin(row, passages.get(i));
            }
            doc.write(out);
        }
    }

    private List<Passage> passages() {
        List<Passage> out = new ArrayList<>();
        List<Turn> turns = transcript.turns();
        int firstLabel = turns.isEmpty() ? transcript.text().length() : turns.getFirst().labelStart();
        String header = transcript.text().substring(0, firstLabel).stripTrailing();
        if (!header.isBlank()) {
            out.add(new Passage(null, null, 0, header.length()));
        }
        for (Turn t : turns) {
            out.add(new Passage(t.speaker(), t.timestamp(), t.start(), t.end()));
        }
        return out;
    }

    /** The passage's text in runs cut at every coding boundary, shaded where coded, numbered where a coding starts. */
    private void text(XWPFParagraph p, Passage passage) {
        if (passage.speaker() != null) {
            WordDocument.run(p, passage.speaker() + ": ", "Speaker");
        }
        if (passage.timestamp() != null) {
            WordDocument.run(p, "[" + passage.timestamp() + "] ", "Context");
        }
        List<Coding> here = overlapping(passage);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(passage.start(), passage.end()));
        for (Coding c : here) {
            cuts.add(Math.max(passage.start(), c.start()));
            cuts.add(Math.min(passage.end(), c.end()));
        }
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int at = from;
            List<Coding> starting = here.stream().filter(c -> c.start() == at).toList();
            for (int i = 0; i < starting.size(); i++) {
                // Markers at one place read 1,2 rather than 12.
                XWPFRun marker = WordDocument.run(p, markers.get(starting.get(i).id()) + (i + 1 < starting.size() ? "," : ""), "CodeMarker");
                marker.setColor(shadeDark(code(starting.get(i)).color()));
            }
            int a = from;
            int b = to;
            List<Coding> covering = here.stream().filter(c -> c.start() <= a && c.end() >= b).toList();
            XWPFRun run = WordDocument.text(p, transcript.text().substring(a, b));
            if (!covering.isEmpty()) {
                long distinctCodes = covering.stream().map(Coding::codeId).distinct().count();
                WordDocument.shade(run, distinctCodes == 1 ? tint(code(covering.getFirst()).color()) : SEVERAL_CODES);
            }
        }
    }

    private void margin(XWPFTableRow row, Passage passage) {
        boolean first = true;
        for (Coding c : overlapping(passage)) {
            XWPFParagraph p = first ? WordDocument.firstParagraph(row.getCell(1), "MarginNote") : row.getCell(1).addParagraph();
            p.setStyle("MarginNote");
            first = false;
            XWPFRun number = WordDocument.run(p, markers.get(c.id()) + "  ", "Label");
            number.setColor(shadeDark(code(c).color()));
            WordDocument.text(p, code(c).name());
            List<String> notes = new ArrayList<>();
            if (showCoder) {
                notes.add(c.coder());
            }
            if (c.start() < passage.start()) {
                notes.add(Messages.get(locale, "export.transcript.continued"));
            }
            if (!notes.isEmpty()) {
                WordDocument.run(p, " · " + String.join(" · ", notes), "Context");
            }
            if (c.comment() != null && !c.comment().isBlank() && c.start() >= passage.start()) {
                WordDocument.run(p, "\n" + c.comment(), "Context");
            }
        }
    }

    private List<Coding> overlapping(Passage passage) {
        return codings.stream().filter(c -> c.start() < passage.end() && c.end() > passage.start()).toList();
    }

    private Code code(Coding coding) {
        return snapshot.codebook().get(coding.codeId()).orElseThrow();
    }

    private List<Case> casesOfTranscript() {
        return snapshot.caseOf().casesOf(transcript.id()).stream().map(id -> snapshot.cases().get(id))
                .filter(Objects::nonNull).sorted(Comparator.comparing(Case::name)).toList();
    }

    private String describe(Case c) {
        if (c.attributes().isEmpty()) {
            return c.name();
        }
        return c.name() + " (" + c.attributes().entrySet().stream()
                .map(e -> e.getKey() + ": " + AttributeValues.display(e.getValue(), locale)).collect(Collectors.joining(", ")) + ")";
    }

    /** The code colour without '#', or a fallback for a colour that is not #RRGGBB. */
    private static String hex(String color, String fallback) {
        return color != null && color.matches("#[0-9A-Fa-f]{6}") ? color.substring(1).toUpperCase(Locale.ROOT) : fallback;
    }

    /** The code colour mixed with three parts white: a highlighter shade that keeps text readable. */
    static String tint(String color) {
        return mix(hex(color, "FFE699"), 255, 3);
    }

    /** The code colour darkened by half, so a small number in it stays legible on white paper. */
    static String shadeDark(String color) {
        return mix(hex(color, "1F3864"), 0, 1);
    }

    /** Mixes each channel with {@code target} in the ratio 1 : {@code parts} / (parts + 1). */
    private static String mix(String base, int target, int parts) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 6; i += 2) {
            int channel = Integer.parseInt(base.substring(i, i + 2), 16);
            out.append(String.format("%02X", channel + (target - channel) * parts / (parts + 1)));
        }
        return out.toString();
    }
}
