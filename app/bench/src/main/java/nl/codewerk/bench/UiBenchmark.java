package nl.codewerk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.coding.CodingService;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.ui.transcript.TranscriptOpenProbe;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/**
 * Opens a 30,000-word transcript with 2,000 codings in the workbench's transcript view on
 * JavaFX's headless platform (no display needed): time until it is shown, and the time of each
 * frame while scrolling through it a screen at a time.
 */
final class UiBenchmark implements Benchmark {

    static final int WORDS = 30_000;
    static final int CODINGS = 2_000;
    static final double TARGET_OPEN_MS = 300;
    private static boolean toolkitStarted;

    @Override
    public List<String> metrics() {
        return List.of("ui_open", "ui_scroll_p50", "ui_scroll_p95");
    }

    @Override
    public List<Metric> run(BenchContext context) throws Exception {
        startToolkit();
        Path text = context.workDir().resolve("ui-long.txt");
        Files.writeString(text, new TranscriptGenerator(context.seed()).transcript(WORDS), StandardCharsets.UTF_8);
        try (Project project = Project.create(context.freshFile("ui.cwk"), null)) {
            long id = project.importer().importFiles(List.of(text), ImportOptions.DEFAULT, Progress.NONE).imported().getFirst().id();
            Transcript transcript = project.transcripts().get(id).orElseThrow();
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                codes.add(project.codebook().add(CodebookService.NewCode.named("Thema " + i, null)
                        .withColor(String.format("#%06X", 0x808080 + i * 0x030507)), "bench").id());
            }
            Random random = new Random(context.seed());
            for (int c = 0; c < codes.size(); c++) {
                List<CodingService.Span> spans = new ArrayList<>();
                for (int i = 0; i < CODINGS / codes.size(); i++) {
                    int start = random.nextInt(transcript.text().length() - 300);
                    spans.add(new CodingService.Span(id, start, start + 5 + random.nextInt(250)));
                }
                project.codings().applyAll(spans, codes.get(c), random.nextBoolean() ? "Lotte" : "Daan", "bench");
            }
            List<Coding> codings = project.codings().list(CodingFilter.transcript(id));
            Map<String, String> colours = new HashMap<>();
            for (Code code : project.codebook().codebook().inTreeOrder()) {
                colours.put(code.id(), code.color());
            }
            onFxThread(() -> TranscriptOpenProbe.measure(transcript, codings, colours::get, 20)); // warm-up
            List<Double> opens = new ArrayList<>();
            List<Double> frames = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                TranscriptOpenProbe.Timings t = onFxThread(() -> TranscriptOpenProbe.measure(transcript, codings, colours::get, 100));
                opens.add(t.openMillis());
                frames.addAll(t.scrollFrameMillis());
            }
            opens.sort(Double::compare);
            frames.sort(Double::compare);
            String scale = WORDS + " words, " + codings.size() + " codings, 1280x800";
            return List.of(
                    Metric.measured("ui_open", Timer.percentile(opens, 50), "ms", null, TARGET_OPEN_MS, "value", scale,
                            "median of 5: text into the virtualised view, turns and codings styled, first screen laid out (headless platform)"),
                    Metric.measured("ui_scroll_p50", Timer.percentile(frames, 50), "ms", null, null, null, scale,
                            "frame time scrolling a screen at a time through the whole transcript, 500 frames"),
                    Metric.measured("ui_scroll_p95", Timer.percentile(frames, 95), "ms", null, null, null, scale,
                            "frame time scrolling a screen at a time through the whole transcript, 500 frames"));
        }
    }

    private static <T> T onFxThread(java.util.function.Supplier<T> work) throws Exception {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, java.util.concurrent.TimeUnit.MINUTES);
    }

    private static synchronized void startToolkit() throws InterruptedException {
        if (toolkitStarted) {
            return;
        }
        // JavaFX's own headless platform with software rendering: no display, no GPU needed.
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.setImplicitExit(false);
        started.await();
        toolkitStarted = true;
    }
}
