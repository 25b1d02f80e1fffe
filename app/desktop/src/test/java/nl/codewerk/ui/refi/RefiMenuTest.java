package nl.codewerk.ui.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.ui.WorkbenchTestBase;
import nl.codewerk.ui.dialog.Report;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A project goes out as .qdpx and comes back in as a new project that the workbench opens. */
class RefiMenuTest extends WorkbenchTestBase {

    private int at;

    @Override
    protected void prepare(Project project) {
        String contact = project.codebook().codebook().require("Contact").id();
        at = project.transcripts().get(sanne).orElseThrow().text().indexOf("elke week contact");
        project.codings().apply(sanne, at, at + "elke week contact".length(), contact, "Anna");
    }

    @Test
    void exportAndImportRefi(FxRobot robot) {
        Path qdpx = dir.resolve("exchange.qdpx");
        workbench.dialogs.filesToSave.add(qdpx);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.E).release(KeyCode.E, KeyCode.ALT, KeyCode.CONTROL);

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(qdpx).exists();
        assertThat(workbench.dialogs.reports).singleElement().extracting(Report::summary).asString()
                .contains("codings: 1").contains("sources: 2");

        Path imported = dir.resolve("imported.cwk");
        workbench.dialogs.filesToOpen.add(qdpx);
        workbench.dialogs.choices.add(0); // positions: decide per file
        workbench.dialogs.newProjectFiles.add(imported);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.I).release(KeyCode.I, KeyCode.ALT, KeyCode.CONTROL);

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(workbench.dialogs.reports).hasSize(2);
        assertThat(workbench.dialogs.reports.getLast().sections().getFirst().lines()).isEmpty();
        assertThat(project().file().toAbsolutePath()).isEqualTo(imported.toAbsolutePath());
        assertThat(project().transcripts().list()).extracting(TranscriptSummary::name)
                .containsExactlyInAnyOrder("Interview Sanne", "Interview Daan");
        long sanneThere = project().transcripts().find("Interview Sanne").orElseThrow().id();
        assertThat(project().codings().list(CodingFilter.ALL))
                .extracting(Coding::transcriptId, Coding::start, Coding::end, Coding::coder)
                .containsExactly(tuple(sanneThere, at, at + "elke week contact".length(), "Anna"));
        assertThat(code("Contact")).isNotNull();
    }

    @Test
    void exportCodebookAsQdc(FxRobot robot) throws Exception {
        Path qdc = dir.resolve("codes.qdc");
        workbench.dialogs.filesToSave.add(qdc);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.W).release(KeyCode.W, KeyCode.ALT, KeyCode.CONTROL);

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(Files.readString(qdc)).contains("Contact").contains("Positief");
    }
}
