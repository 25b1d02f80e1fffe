package nl.codewerk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.coding.CodingService;
import nl.codewerk.refi.RefiExportService;
import nl.codewerk.refi.RefiImportOptions;
import nl.codewerk.refi.RefiImportService;
import nl.codewerk.refi.RefiReport;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/**
 * REFI-QDA export and import of the corpus with ten codings per transcript. The export is
 * compared with zipping the same source texts bare, the import with reading that zip back.
 */
final class RefiBenchmarks implements Benchmark {

    @Override
    public List<String> metrics() {
        return List.of("refi_export", "refi_import");
    }

    @Override
    public List<Metric> run(BenchContext context) throws Exception {
        Path file = context.freshFile("refi.cwk");
        Path qdpx = context.workDir().resolve("refi.qdpx");
        Files.deleteIfExists(qdpx);
        int codings;
        List<String> texts = new ArrayList<>();
        double export;
        try (Project project = Project.create(file, null)) {
            project.importer().importFiles(List.of(context.corpus().getFirst().getParent()), ImportOptions.DEFAULT, Progress.NONE);
            String code = project.codebook().add(CodebookService.NewCode.named("Thema", null), "bench").id();
            Random random = new Random(context.seed());
            List<CodingService.Span> spans = new ArrayList<>();
            for (var summary : project.transcripts().list()) {
                Transcript t = project.transcripts().get(summary.id()).orElseThrow();
                texts.add(t.text());
                for (int i = 0; i < 10; i++) {
                    Turn turn = t.turns().get(random.nextInt(t.turns().size()));
                    if (turn.length() > 2) {
                        spans.add(new CodingService.Span(t.id(), turn.start(), turn.end()));
                    }
                }
            }
            codings = project.codings().applyAll(spans, code, "bench", "bench").size();
            export = Timer.millis(() -> new RefiExportService(project).exportProject(qdpx, Progress.NONE));
        }
        double exportBaseline = Timer.millis(() -> zipTexts(context.workDir().resolve("bare.zip"), texts));
        Path imported = context.freshFile("refi-imported.cwk");
        RefiReport[] report = new RefiReport[1];
        double importMs = Timer.millis(() -> report[0] = new RefiImportService(RefiImportOptions.DEFAULT).importProject(qdpx, imported, Progress.NONE));
        double importBaseline = Timer.millis(() -> readZip(context.workDir().resolve("bare.zip")));
        String scale = context.scale() + ", " + codings + " codings";
        return List.of(
                Metric.measured("refi_export", export, "ms", exportBaseline, null, null, scale,
                        "project.qde (validating model) + UTF-8 sources in a zip, vs zipping the same texts bare"),
                Metric.measured("refi_import", importMs, "ms", importBaseline, null, null, scale,
                        "safe archive and XML reading, position mapping, a new project; vs reading the bare zip"
                                + (report[0] == null ? "" : "; imported " + report[0].codings() + " codings")));
    }

    private static void zipTexts(Path zip, List<String> texts) throws Exception {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < texts.size(); i++) {
                out.putNextEntry(new ZipEntry("sources/" + i + ".txt"));
                out.write(texts.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    private static void readZip(Path zip) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            while (in.getNextEntry() != null) {
                new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).length();
            }
        }
    }
}
