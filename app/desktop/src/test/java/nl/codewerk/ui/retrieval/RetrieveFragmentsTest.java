package nl.codewerk.ui.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nl.codewerk.ui.WorkbenchTestBase;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** From a code to every fragment coded with it, and from a fragment to its place. */
class RetrieveFragmentsTest extends WorkbenchTestBase {

    private int daanStart;

    @Override
    protected void prepare(Project project) {
        String contact = project.codebook().codebook().require("Contact").id();
        String sanneText = project.transcripts().get(sanne).orElseThrow().text();
        String daanText = project.transcripts().get(daan).orElseThrow().text();
        int s = sanneText.indexOf("elke week contact");
        project.codings().apply(sanne, s, s + "elke week contact".length(), contact, "Anna");
        daanStart = daanText.indexOf("veel contact met hem");
        project.codings().apply(daan, daanStart, daanStart + "veel contact met hem".length(), contact, "Bram");
    }

    @Test
    void retrieveFragmentsAndJump(FxRobot robot) {
        robot.clickOn(codeRow(robot, "Contact"));
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);

        ListView<Fragment> fragments = robot.lookup("#fragments").queryListView();
        assertThat(fragments.getItems()).extracting(Fragment::transcriptName, Fragment::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Interview Sanne", "elke week contact"),
                        org.assertj.core.groups.Tuple.tuple("Interview Daan", "veel contact met hem"));
        assertThat(robot.lookup("#retrievalHeading").queryLabeled().getText()).isEqualTo("Contact: 2 fragments");

        robot.clickOn("veel contact met hem").type(KeyCode.ENTER);

        assertThat(workbench.model().transcript().transcript().id()).isEqualTo(daan);
        assertThat(area(robot).getSelection().getStart()).isEqualTo(daanStart);
        assertThat(area(robot).getSelectedText()).isEqualTo("veel contact met hem");
        assertThat(area(robot).isFocused()).isTrue();
    }
}
