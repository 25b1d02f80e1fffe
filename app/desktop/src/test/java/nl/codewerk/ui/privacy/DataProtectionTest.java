package nl.codewerk.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.codewerk.project.Backups;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.ui.WorkbenchTestBase;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Editing the text in edit mode, and pseudonymising after a preview, checked in the project. */
class DataProtectionTest extends WorkbenchTestBase {

    @Override
    protected void prepare(Project project) {
        String contact = project.codebook().codebook().require("Contact").id();
        int at = project.transcripts().get(sanne).orElseThrow().text().indexOf("elke week");
        project.codings().apply(sanne, at, at + "elke week".length(), contact, "Anna");
    }

    @Test
    void editTranscriptText(FxRobot robot) {
        openTranscript(robot, "Interview Sanne");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(workbench.model().editing().editModeProperty().get()).isTrue();
        select(robot, "elke week contact");
        workbench.dialogs.texts.add("vaak contact");

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT, KeyCode.CONTROL);

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(transcript(sanne).text()).contains("we hebben vaak contact en dat helpt").doesNotContain("elke week");
        assertThat(area(robot).getText()).contains("we hebben vaak contact en dat helpt");
        // The coding inside the replaced words now covers what replaced them (core's rule for a replacement).
        String text = transcript(sanne).text();
        assertThat(codings()).singleElement().satisfies(c -> assertThat(text.substring(c.start(), c.end())).isEqualTo("vaak contact"));
        assertThat(project().undoLog().nextUndo()).isPresent();
    }

    @Test
    void pseudonymiseWithPreview(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT, KeyCode.CONTROL);
        TableView<PseudonymiseModel.Entry> table = robot.lookup("#pseudonymTable").query();
        PseudonymiseModel.Entry sanneEntry = table.getItems().stream()
                .filter(e -> e.originalProperty().get().equals("Sanne")).findFirst().orElseThrow();
        robot.interact(() -> sanneEntry.replacementProperty().set("Jongere A"));

        robot.clickOn("#pseudonymPreviewButton");

        ListView<String> preview = robot.lookup("#pseudonymPreview").query();
        assertThat(preview.getItems()).anySatisfy(line -> assertThat(line).contains("Sanne").contains("Jongere A"));
        assertThat(transcript(sanne).name()).as("a preview changes nothing").isEqualTo("Interview Sanne");

        workbench.dialogs.confirmations.add(true);
        robot.clickOn("#pseudonymApply");

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(workbench.dialogs.questions).anySatisfy(q -> assertThat(q).contains("backup").contains("undo"));
        assertThat(project().transcripts().list()).extracting(TranscriptSummary::name)
                .containsExactlyInAnyOrder("Interview Jongere A", "Interview Daan");
        assertThat(project().cases().findByName("Sanne")).isEmpty();
        assertThat(project().cases().findByName("Jongere A")).isPresent();
        assertThat(project().pseudonyms().saved().entries()).extracting(p -> p.original() + ">" + p.replacement())
                .containsExactly("Sanne>Jongere A");
        assertThat(Backups.list(project().file())).anySatisfy(b -> assertThat(b.reason()).contains("pseudonymise"));
        assertThat(robot.lookup("#pseudonymTable").tryQuery()).as("the dialog closes").isEmpty();
    }

    @Test
    void dailyBackupIsTakenOnOpening() {
        List<Backups.Backup> backups = Backups.list(project().file());
        assertThat(backups).isNotEmpty();
    }
}
