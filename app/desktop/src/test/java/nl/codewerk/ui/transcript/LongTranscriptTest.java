package nl.codewerk.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.input.KeyCode;
import nl.codewerk.coding.CodingService;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.ui.WorkbenchTestBase;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A 30,000-word interview with 400 codings: the text area is virtualised, so opening it,
 * jumping to its end and recolouring after a new coding stay quick. Prints what it measured.
 */
class LongTranscriptTest extends WorkbenchTestBase {

    private static final String[] WORDS = ("ik zij hij we mentor school thuis contact week praten helpen vertrouwen "
            + "moeder vader tante oom gesprek hulpverlener samen altijd soms vaak nooit beter moeilijk fijn").split(" ");

    private long longId;

    @Override
    protected void prepare(Project project) {
        Random random = new Random(7);
        List<String> turns = new ArrayList<>();
        int words = 0;
        while (words < 30_000) {
            int n = 20 + random.nextInt(140);
            StringBuilder turn = new StringBuilder();
            for (int i = 0; i < n; i++) {
                turn.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            turns.add(turn.append('.').toString());
            words += n;
        }
        longId = TempProjects.addTranscript(project, "Lang interview", turns.toArray(String[]::new));
        giveCase(project, longId, "Lotte", "15");
        Transcript t = project.transcripts().get(longId).orElseThrow();
        String contact = project.codebook().codebook().require("Contact").id();
        List<CodingService.Span> spans = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            var turn = t.turns().get(random.nextInt(t.turns().size()));
            int start = turn.start() + random.nextInt(Math.max(1, turn.length() / 2));
            spans.add(new CodingService.Span(longId, start, Math.min(turn.end(), start + 40 + random.nextInt(200))));
        }
        project.codings().applyAll(spans, contact, "Anna", "autocode");
    }

    @Test
    void aThirtyThousandWordTranscriptOpensJumpsAndRecoloursQuickly(FxRobot robot) {
        long t0 = System.nanoTime();
        robot.clickOn("Lang interview");
        long opened = System.nanoTime();
        TranscriptArea area = area(robot);
        assertThat(area.getLength()).isGreaterThan(150_000);

        robot.interact(area::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        long jumped = System.nanoTime();
        assertThat(area.getCaretPosition()).isEqualTo(area.getLength());
        assertThat(area.getVisibleParagraphs()).isNotEmpty();

        int at = area.getLength() - 30;
        robot.interact(() -> area.selectRange(at, at + 10));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        long coded = System.nanoTime();
        assertThat(area.getStyleOfChar(at + 1).colors()).isNotEmpty();

        System.out.printf("30k words: open %d ms, jump to end %d ms, code and recolour %d ms%n",
                (opened - t0) / 1_000_000, (jumped - opened) / 1_000_000, (coded - jumped) / 1_000_000);
        // Speed is measured by the benchmark harness (--only ui_open); this test checks behaviour.
    }
}
