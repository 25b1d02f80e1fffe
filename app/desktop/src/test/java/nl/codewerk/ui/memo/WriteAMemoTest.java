package nl.codewerk.ui.memo;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import nl.codewerk.memo.Memo;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.ui.WorkbenchTestBase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Memos are written in the side pane and saved without a Save button. */
class WriteAMemoTest extends WorkbenchTestBase {

    @Test
    void writeAMemo(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");

        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        robot.write("Wekelijks contact");
        robot.clickOn("#memoText").write("Sanne ziet haar mentor elke week; vergelijken met Daan.");
        robot.clickOn("Interview Daan");

        assertThat(project().memos().on(MemoTarget.transcript(sanne)))
                .extracting(Memo::title, Memo::text, Memo::author)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Wekelijks contact",
                        "Sanne ziet haar mentor elke week; vergelijken met Daan.", "Anna"));
    }

    @Test
    void editingAMemoKeepsOneMemoAndUndoTakesTheEditBack(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        robot.clickOn("#newTranscriptMemo");
        robot.clickOn("#memoText").write("Eerste gedachte.");
        robot.clickOn("#memoTitle");
        robot.clickOn("#memoText").type(KeyCode.END).write(" Tweede.");
        robot.clickOn("#memoTitle");

        assertThat(project().memos().on(MemoTarget.transcript(sanne))).extracting(Memo::text).containsExactly("Eerste gedachte. Tweede.");

        // In a text field Ctrl+Z undoes typing; from the text it undoes the last project action.
        robot.clickOn("#transcriptText");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(project().memos().on(MemoTarget.transcript(sanne))).extracting(Memo::text).containsExactly("Eerste gedachte.");
    }

    @Test
    void aMemoOnACode(FxRobot robot) {
        robot.rightClickOn(codeRow(robot, "Contact")).clickOn("Write memo…");
        robot.write("Contact is meer dan frequentie.");
        robot.clickOn("#memoText").write(" Ook bereikbaarheid telt.");
        robot.clickOn(codeRow(robot, "Ervaring"));

        assertThat(project().memos().on(MemoTarget.code(code("Contact").id())))
                .extracting(Memo::title, Memo::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Contact is meer dan frequentie.", " Ook bereikbaarheid telt."));
    }
}
