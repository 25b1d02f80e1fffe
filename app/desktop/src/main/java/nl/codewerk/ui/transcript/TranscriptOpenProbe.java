package nl.codewerk.ui.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.codewerk.coding.Coding;
import nl.codewerk.transcript.Transcript;

/**
 * Times what the workbench does when a transcript opens: put its text into the virtualised
 * area, style every turn and coding, and lay out the first screen; then scrolls through it a
 * screen at a time. Used by the benchmark harness ({@code ui_open}, {@code ui_scroll}), which
 * runs it on JavaFX's headless platform.
 */
public final class TranscriptOpenProbe {

    /** Milliseconds until shown, and the time of each scroll step (one laid-out frame each). */
    public record Timings(double openMillis, List<Double> scrollFrameMillis) {
    }

    private TranscriptOpenProbe() {
    }

    /** Runs on the JavaFX thread; the harness hands it there (views start no threads). */
    public static Timings measure(Transcript transcript, List<Coding> codings, Function<String, String> colorOf, int scrollSteps) {
        Stage stage = new Stage();
        TranscriptArea area = new TranscriptArea();
        StackPane root = new StackPane(area);
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
        try {
            long start = System.nanoTime();
            area.replaceText(transcript.text());
            area.setStyleSpans(0, TranscriptStyles.compute(transcript.text(), transcript.turns(), codings, colorOf, -1));
            area.showParagraphAtTop(0);
            root.applyCss();
            root.layout();
            double open = (System.nanoTime() - start) / 1e6;
            List<Double> frames = new ArrayList<>();
            int paragraphs = area.getParagraphs().size();
            for (int i = 1; i <= scrollSteps; i++) {
                long t = System.nanoTime();
                area.showParagraphAtTop((int) ((long) i * (paragraphs - 1) / scrollSteps));
                root.applyCss();
                root.layout();
                frames.add((System.nanoTime() - t) / 1e6);
            }
            return new Timings(open, frames);
        } finally {
            stage.close();
        }
    }
}
