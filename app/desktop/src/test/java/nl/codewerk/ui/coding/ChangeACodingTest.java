package nl.codewerk.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import nl.codewerk.coding.Coding;
import nl.codewerk.ui.WorkbenchTestBase;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A coding picked by its stripe in the margin, then changed from the side pane. */
class ChangeACodingTest extends WorkbenchTestBase {

    private int start;
    private static final String WORDS = "elke week contact";

    @Override
    protected void prepare(Project project) {
        String text = project.transcripts().get(sanne).orElseThrow().text();
        start = text.indexOf(WORDS);
        var codebook = project.codebook().codebook();
        project.codebook().recolor(codebook.require("Contact").id(), "#1E88E5", "test");
        project.codebook().recolor(codebook.require("Positief").id(), "#43A047", "test");
        project.codings().apply(sanne, start, start + WORDS.length(), codebook.require("Contact").id(), "Anna");
        project.codings().apply(sanne, start + 5, start + WORDS.length() + 8, codebook.require("Positief").id(), "Bram");
    }

    private Node stripe(FxRobot robot, String color) {
        return robot.lookup(".coding-stripe").queryAllAs(Rectangle.class).stream()
                .filter(r -> r.getFill().equals(javafx.scene.paint.Color.web(color)))
                .findFirst().orElseThrow();
    }

    @Test
    void clickingAStripePicksItsCodingAndSelectsItsWords(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        assertThat(robot.lookup(".coding-stripe").queryAll()).hasSize(2);
        assertThat(robot.lookup(".stripe-label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).containsExactly("Contact", "Positief");

        robot.clickOn(stripe(robot, code("Contact").color()));

        assertThat(area(robot).getSelectedText()).isEqualTo(WORDS);
        assertThat(workbench.model().transcript().selectedCodingProperty().get().codeId()).isEqualTo(code("Contact").id());
        ListView<Coding> here = robot.lookup("#codingsHere").queryListView();
        assertThat(here.getItems()).extracting(Coding::coder).containsExactly("Anna", "Bram");
        assertThat(area(robot).getStyleOfChar(start + 6).colors()).containsExactly(code("Contact").color(), code("Positief").color());
    }

    @Test
    void showOnlyMyCodings(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");

        robot.clickOn("#coderFilter").clickOn("My codings");

        assertThat(robot.lookup(".coding-stripe").queryAll()).hasSize(1);
        assertThat(area(robot).getStyleOfChar(start + WORDS.length() + 2).colors()).isEmpty();
    }

    @Test
    void removeRecodeResizeAndCommentACodingFromTheSidePane(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        robot.clickOn(stripe(robot, code("Contact").color()));
        robot.clickOn("#codingsHere").type(KeyCode.HOME);
        long id = workbench.model().transcript().selectedCodingProperty().get().id();

        workbench.dialogs.texts.add("Misschien eerder steun?");
        robot.clickOn("#commentCoding");
        assertThat(project().codings().get(id).orElseThrow().comment()).isEqualTo("Misschien eerder steun?");

        robot.clickOn("#recodeCoding");
        typeInPalette(robot, "Negatief");
        robot.type(KeyCode.ENTER);
        assertThat(project().codings().get(id).orElseThrow().codeId()).isEqualTo(code("Negatief").id());

        int week = select(robot, "week contact");
        robot.clickOn("#codingsHere").type(KeyCode.HOME);
        robot.clickOn("#resizeCoding");
        Coding resized = project().codings().get(id).orElseThrow();
        assertThat(resized.start()).isEqualTo(week);
        assertThat(resized.end()).isEqualTo(week + "week contact".length());

        robot.clickOn("#codingsHere").type(KeyCode.HOME).type(KeyCode.DELETE);
        assertThat(project().codings().get(id)).isEmpty();
    }
}
