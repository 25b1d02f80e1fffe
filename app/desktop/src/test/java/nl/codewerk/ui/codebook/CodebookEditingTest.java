package nl.codewerk.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodeLevel;
import nl.codewerk.coding.Coding;
import nl.codewerk.ui.WorkbenchTestBase;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Editing the codebook from its tree; each edit checked in the project. */
class CodebookEditingTest extends WorkbenchTestBase {

    @Override
    protected void prepare(Project project) {
        var codebook = project.codebook().codebook();
        project.codings().apply(sanne, 0, 3, codebook.require("Negatief").id(), "Anna");
        project.codings().apply(daan, 0, 3, codebook.require("Negatief").id(), "Anna");
        project.codings().apply(daan, 0, 3, codebook.require("Positief").id(), "Anna");
    }

    @Test
    void mergeCodes(FxRobot robot) {
        robot.clickOn(codeRow(robot, "Negatief"));
        workbench.dialogs.confirmations.add(true);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        typeInPalette(robot, "Posi");
        robot.type(KeyCode.ENTER);

        assertThat(workbench.dialogs.questions).anyMatch(q -> q.contains("Merge \"Negatief\" into \"Positief\""));
        assertThat(project().codebook().codebook().resolve("Negatief")).isEmpty();
        // Daan's two codings of the same words collapse into one; Sanne's moves over.
        assertThat(codings()).extracting(Coding::transcriptId, Coding::codeId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(sanne, code("Positief").id()),
                        org.assertj.core.groups.Tuple.tuple(daan, code("Positief").id()));
        assertThat(robot.lookup(".code-name").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).doesNotContain("Negatief");
    }

    @Test
    void createRenameRecolourRelevelAndDeleteACode(FxRobot robot) {
        workbench.dialogs.texts.add("Steun");
        robot.clickOn("#newCodeButton");
        Code steun = code("Steun");
        assertThat(steun.parentId()).isNull();
        assertThat(robot.lookup(".code-name").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("Steun");

        workbench.dialogs.texts.add("Steun van de mentor");
        robot.clickOn(codeRow(robot, "Steun")).type(KeyCode.F2);
        assertThat(code("Steun van de mentor").id()).isEqualTo(steun.id());

        workbench.dialogs.colors.add("#123ABC");
        robot.rightClickOn(codeRow(robot, "Steun van de mentor")).clickOn("Colour…");
        assertThat(code("Steun van de mentor").color()).isEqualTo("#123ABC");

        workbench.dialogs.choices.add(1);
        robot.rightClickOn(codeRow(robot, "Steun van de mentor")).clickOn("Level…");
        assertThat(code("Steun van de mentor").level()).isEqualTo(CodeLevel.AXIAL);

        workbench.dialogs.confirmations.add(true);
        robot.clickOn(codeRow(robot, "Steun van de mentor")).type(KeyCode.DELETE);
        assertThat(project().codebook().codebook().resolve("Steun van de mentor")).isEmpty();
    }

    @Test
    void deletingNeedsAConfirmation(FxRobot robot) {
        workbench.dialogs.confirmations.add(false);
        robot.clickOn(codeRow(robot, "Ervaring")).type(KeyCode.DELETE);

        assertThat(workbench.dialogs.questions).anyMatch(q -> q.contains("2 sub-codes and 3 codings"));
        assertThat(project().codebook().codebook().size()).isEqualTo(4);
    }

    @Test
    void moveACodeByDraggingItOntoAnother(FxRobot robot) {
        robot.drag(codeRow(robot, "Contact"), MouseButton.PRIMARY).dropTo(codeRow(robot, "Ervaring"));

        assertThat(code("Contact").parentId()).isEqualTo(code("Ervaring").id());
    }

    @Test
    void addASubcodeFromTheContextMenu(FxRobot robot) {
        workbench.dialogs.texts.add("Twijfel");
        robot.rightClickOn(codeRow(robot, "Ervaring")).clickOn("New sub-code…");

        assertThat(project().codebook().codebook().require("Ervaring/Twijfel").parentId()).isEqualTo(code("Ervaring").id());
    }

    @Test
    void markACoreCategory(FxRobot robot) {
        robot.rightClickOn(codeRow(robot, "Contact")).clickOn("Mark as core category");

        assertThat(code("Contact").core()).isTrue();
        assertThat(code("Contact").level()).isEqualTo(CodeLevel.SELECTIVE);
        assertThat(robot.from(codeRow(robot, "Contact")).lookup(".level-badge").queryLabeled().getText()).isEqualTo("core");
    }

    @Test
    void theTreeShowsCountsAndLevels(FxRobot robot) {
        var row = (javafx.scene.control.TreeCell<?>) codeRow(robot, "Negatief");
        var labels = robot.from(row).lookup(".label").queryAllAs(javafx.scene.control.Label.class);

        assertThat(labels).extracting(javafx.scene.control.Label::getText).contains("Negatief", "open", "2");
        assertThat(row.getTooltip().getText()).contains("Ervaring / Negatief", "2 codings", "shortcut Ctrl+3");
    }
}
