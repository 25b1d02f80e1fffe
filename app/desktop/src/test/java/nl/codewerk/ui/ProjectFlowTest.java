package nl.codewerk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.ui.start.StartingCodebook;
import nl.codewerk.ui.transcript.TranscriptArea;
import nl.codewerk.ui.transcript.TranscriptRow;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** From the start screen to reading a transcript: create, import, list, open. */
@ExtendWith(ApplicationExtension.class)
class ProjectFlowTest {

    @TempDir
    Path dir;

    private TestWorkbench workbench;

    @Start
    void start(Stage stage) {
        workbench = TestWorkbench.start(stage, dir.resolve("settings"), "Anna");
    }

    @AfterEach
    void closeProject(FxRobot robot) {
        robot.interact(workbench::close);
    }

    @Test
    void createAProjectImportTwoFilesSeeThemListedAndReadTheTurnsOfOne(FxRobot robot) throws Exception {
        Path first = Files.writeString(dir.resolve("Interview Sanne.txt"),
                "I: Hoe gaat het met je mentor?\n\nR: Goed. We zien elkaar elke week.\n\nI: Wat doen jullie dan?\n\nR: Meestal praten we.\n");
        Path second = Files.writeString(dir.resolve("Interview Daan.txt"), "I: Vertel eens.\n\nR: Mijn oom is mijn mentor.\n");
        Path projectFile = dir.resolve("Onderzoek.cwk");

        robot.clickOn("#startingCodebook").clickOn(StartingCodebook.EMPTY.displayName());
        workbench.dialogs.newProjectFiles.add(projectFile);
        robot.clickOn("#newProjectButton");

        assertThat(Files.exists(projectFile)).isTrue();
        assertThat(robot.lookup("#transcriptTable").tryQuery()).isPresent();
        assertThat(workbench.shell.stage().getTitle()).startsWith("Onderzoek");

        workbench.dialogs.filesToImport.add(List.of(first, second));
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(workbench.dialogs.reports).hasSize(1);
        assertThat(workbench.dialogs.reports.getFirst().summary()).isEqualTo("2 imported, 0 skipped, 0 refused");
        Project project = workbench.project();
        assertThat(project.transcripts().count()).isEqualTo(2);

        TableView<TranscriptRow> table = robot.lookup("#transcriptTable").queryTableView();
        assertThat(table.getItems()).extracting(TranscriptRow::name).containsExactly("Interview Daan", "Interview Sanne");
        assertThat(table.getItems()).extracting(TranscriptRow::turns).containsExactly(2, 4);

        robot.clickOn("Interview Sanne");

        TranscriptArea area = robot.lookup("#transcriptText").query();
        Transcript sanne = project.transcripts().find("Interview Sanne").orElseThrow();
        assertThat(area.getText()).isEqualTo(sanne.text());
        assertThat(area.getParagraphs()).hasSizeGreaterThanOrEqualTo(4);
        var secondTurn = sanne.turns().get(1);
        assertThat(area.getStyleOfChar(secondTurn.labelStart() + 1).kind()).hasToString("LABEL");
        assertThat(area.getStyleOfChar(secondTurn.start() + 1).kind()).hasToString("WORDS");
        assertThat(area.getText(secondTurn.start(), secondTurn.end())).isEqualTo("Goed. We zien elkaar elke week.");
    }

    @Test
    void theImportReportSaysWhatWasSkippedAndRefusedAndWhy(FxRobot robot) throws Exception {
        Path good = Files.writeString(dir.resolve("Interview Lotte.txt"), "I: Hoi.\n\nR: Hoi!\n");
        Path again = Files.copy(good, dir.resolve("kopie.txt"));
        Path picture = Files.write(dir.resolve("foto.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
        workbench.dialogs.newProjectFiles.add(dir.resolve("Import.cwk"));
        robot.clickOn("#startingCodebook").clickOn(StartingCodebook.EMPTY.displayName());
        robot.clickOn("#newProjectButton");

        workbench.dialogs.filesToImport.add(List.of(good, again, picture));
        robot.clickOn("#projectMenu").clickOn("#importFiles");

        var report = workbench.dialogs.reports.getFirst();
        assertThat(report.summary()).isEqualTo("1 imported, 1 skipped, 1 refused");
        assertThat(report.sections().get(0).lines()).singleElement().asString().startsWith("Interview Lotte (Interview Lotte.txt), 2 turns");
        assertThat(report.sections().get(1).lines()).singleElement().asString().startsWith("kopie.txt: ");
        assertThat(report.sections().get(2).lines()).singleElement().asString().startsWith("foto.png: ");
        assertThat(workbench.project().transcripts().count()).isEqualTo(1);
    }
}
