package nl.codewerk.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.coding.CodingService;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.export.fragments.FragmentCollector;
import nl.codewerk.export.fragments.FragmentOptions;
import nl.codewerk.export.fragments.FragmentReport;
import nl.codewerk.export.fragments.FragmentsExport;
import nl.codewerk.export.freq.FrequencyCounter;
import nl.codewerk.export.freq.FrequencyOptions;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Progress;
import nl.codewerk.util.ScratchFolder;
import nl.codewerk.workspace.Project;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Exports of a project with many codings: the frequency table, and 20,000 coded fragments to
 * Word (target: under 10 s, read from the project and written whole) and to Excel, each against
 * plain POI writing the same texts without styles, attributions or a safe move.
 */
final class ExportBenchmarks implements Benchmark {

    static final int FRAGMENTS = 20_000;
    static final double DOCX_TARGET_MS = 10_000;

    private final int fragments;

    ExportBenchmarks() {
        this(FRAGMENTS);
    }

    ExportBenchmarks(int fragments) {
        this.fragments = fragments;
    }

    @Override
    public List<String> metrics() {
        return List.of("freq", "docx_export", "xlsx_export");
    }

    @Override
    public List<Metric> run(BenchContext context) throws Exception {
        Path file = context.freshFile("export.cwk");
        List<Metric> out = new ArrayList<>();
        try (Project project = Project.create(file, null)) {
            project.importer().importFiles(context.corpus(), ImportOptions.DEFAULT, Progress.NONE);
            code(project, context.seed());
            String scale = context.scale() + ", " + fragments + " codings";

            double freq = Timer.millis(() -> new FrequencyCounter(ProjectSnapshot.load(project)).count(FrequencyOptions.by("case"), Progress.NONE));
            out.add(Metric.measured("freq", freq, "ms", null, null, null, scale,
                    "frequency table per case: read the project, count cases, codings and words per code"));

            Path docx = context.workDir().resolve("fragments.docx");
            double ours = Timer.millis(() -> FragmentsExport.write(collect(project), docx, Locale.of("nl"), Progress.NONE));
            List<String> texts = texts(collect(project));
            double bare = Timer.millis(() -> bareDocx(texts, context.workDir().resolve("bare.docx")));
            out.add(Metric.measured("docx_export", ours, "ms", bare, DOCX_TARGET_MS, "value", scale,
                    texts.size() + " fragments to Word (read, collect, styles, attributions, safe write) vs plain POI paragraphs"));

            Path xlsx = context.workDir().resolve("fragments.xlsx");
            double oursXlsx = Timer.millis(() -> FragmentsExport.write(collect(project), xlsx, Locale.of("nl"), Progress.NONE));
            double bareXlsx = Timer.millis(() -> bareXlsx(texts, context.workDir().resolve("bare.xlsx")));
            out.add(Metric.measured("xlsx_export", oursXlsx, "ms", bareXlsx, null, null, scale,
                    texts.size() + " fragments to Excel, one row each, vs plain streaming POI rows"));
        }
        return out;
    }

    private static FragmentReport collect(Project project) {
        return new FragmentCollector(ProjectSnapshot.load(project)).collect(FragmentOptions.DEFAULT, Progress.NONE);
    }

    /** Random passages inside turns, spread over 20 codes, applied in a few large actions. */
    private void code(Project project, long seed) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            codes.add(project.codebook().add(CodebookService.NewCode.named("Thema " + (i + 1), null), "bench").id());
        }
        List<Transcript> transcripts = project.transcripts().list().stream().map(s -> project.transcripts().get(s.id()).orElseThrow()).toList();
        Random random = new Random(seed);
        List<List<CodingService.Span>> perCode = new ArrayList<>();
        codes.forEach(c -> perCode.add(new ArrayList<>()));
        for (int i = 0; i < fragments; i++) {
            Transcript t = transcripts.get(random.nextInt(transcripts.size()));
            Turn turn = t.turns().get(random.nextInt(t.turns().size()));
            int start = turn.start() + random.nextInt(Math.max(1, turn.length() / 2));
            int end = Math.min(turn.end(), start + 40 + random.nextInt(300));
            perCode.get(i % codes.size()).add(new CodingService.Span(t.id(), start, Math.max(start + 1, end)));
        }
        for (int i = 0; i < codes.size(); i++) {
            project.codings().applyAll(perCode.get(i), codes.get(i), "bench", "bench");
        }
    }

    private static List<String> texts(FragmentReport report) {
        List<String> out = new ArrayList<>();
        report.codes().forEach(c -> c.fragments().forEach(f -> out.add(f.text())));
        return out;
    }

    private static void bareDocx(List<String> texts, Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String text : texts) {
                XWPFParagraph p = doc.createParagraph();
                p.createRun().setText(text);
            }
            doc.write(out);
        }
    }

    private static void bareXlsx(List<String> texts, Path file) throws Exception {
        // SXSSF's temporary sheet files go to a scratch folder, as in Codewerk's own exports.
        try (ScratchFolder scratch = ScratchFolder.beside(file);
                SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("fragments");
            int r = 0;
            for (String text : texts) {
                sheet.createRow(r++).createCell(0).setCellValue(text);
            }
            workbook.write(out);
        }
    }
}
