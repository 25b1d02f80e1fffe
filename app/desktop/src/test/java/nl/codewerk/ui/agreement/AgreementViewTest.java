package nl.codewerk.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.codewerk.agreement.AgreementRow;
import nl.codewerk.agreement.review.ConsensusService;
import nl.codewerk.agreement.review.Decision;
import nl.codewerk.agreement.review.ReviewItem;
import nl.codewerk.agreement.review.ReviewLogEntry;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.ui.WorkbenchTestBase;
import nl.codewerk.workspace.Project;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Comparing two coders from the Analysis menu, and reviewing a disagreement into the consensus. */
class AgreementViewTest extends WorkbenchTestBase {

    private int answerStart;

    /** Anna and Bert both code Daan's answer Contact; of Sanne's answers Anna codes the first, Bert the second. */
    @Override
    protected void prepare(Project project) {
        String contact = project.codebook().codebook().require("Contact").id();
        String sanneText = project.transcripts().get(sanne).orElseThrow().text();
        answerStart = sanneText.indexOf("elke week contact");
        project.codings().apply(sanne, answerStart, answerStart + "elke week contact".length(), contact, "Anna");
        int school = sanneText.indexOf("over school");
        project.codings().apply(sanne, school, school + "over school".length(), contact, "Bert");
        String daanText = project.transcripts().get(daan).orElseThrow().text();
        int daanAt = daanText.indexOf("veel contact");
        project.codings().apply(daan, daanAt, daanAt + "veel contact".length(), contact, "Anna");
        project.codings().apply(daan, daanAt, daanAt + "veel contact".length(), contact, "Bert");
    }

    @Test
    void reviewADisagreement(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#agreementRun");

        TableView<AgreementRow> table = robot.lookup("#agreementTable").query();
        assertThat(table.getItems()).extracting(r -> r.pooled() ? "pooled" : r.codePath(), r -> r.counts().both(),
                r -> r.counts().onlyA(), r -> r.counts().onlyB())
                .containsExactly(tuple("Contact", 1L, 1L, 1L), tuple("pooled", 1L, 1L, 1L));
        assertThat(robot.lookup("#agreementUnit").queryLabeled().getText()).startsWith("Unit of comparison: turn");
        ListView<ReviewItem> disagreements = robot.lookup("#disagreements").query();
        assertThat(disagreements.getItems()).extracting(ReviewItem::transcriptName, ReviewItem::codedBy)
                .containsExactly(tuple("Interview Sanne", List.of("Anna")), tuple("Interview Sanne", List.of("Bert")));
        ReviewItem item = disagreements.getItems().getFirst();

        assertThat(disagreements.getSelectionModel().getSelectedItem()).as("the first disagreement is picked").isEqualTo(item);
        robot.clickOn("#acceptA");

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(disagreements.getItems()).extracting(ReviewItem::codedBy).containsExactly(List.of("Bert"));
        assertThat(project().codings().list(CodingFilter.ALL.withCoder(ConsensusService.DEFAULT_CONSENSUS)))
                .extracting(Coding::transcriptId, Coding::start, Coding::end, Coding::codeId)
                .containsExactly(tuple(sanne, answerStart, answerStart + "elke week contact".length(), code("Contact").id()));
        assertThat(new ConsensusService(project(), null).log())
                .extracting(ReviewLogEntry::decision, ReviewLogEntry::transcriptId, ReviewLogEntry::unitStart, ReviewLogEntry::decidedBy)
                .containsExactly(tuple(Decision.A, sanne, item.start(), "Anna"));
    }

    @Test
    void takeOverTheAgreedUnits(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#agreementRun").clickOn("#adoptAgreements");

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(project().codings().list(CodingFilter.ALL.withCoder(ConsensusService.DEFAULT_CONSENSUS)))
                .extracting(Coding::transcriptId, Coding::codeId).containsExactly(tuple(daan, code("Contact").id()));
        assertThat(workbench.dialogs.infos).anySatisfy(info -> assertThat(info).contains("one unit"));
    }

    @Test
    void exportTheAgreementWorkbook(FxRobot robot) throws Exception {
        Path file = dir.resolve("agreement.xlsx");
        workbench.dialogs.filesToSave.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#agreementRun").clickOn("#agreementExport");

        assertThat(workbench.dialogs.errors).isEmpty();
        try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
            assertThat(book.getNumberOfSheets()).isPositive();
        }
    }

    @Test
    void colourScaleFollowsTheThresholds() {
        assertThat(AgreementTable.scale(0.2)).isEqualTo(AgreementTable.LOW);
        assertThat(AgreementTable.scale(0.5)).isEqualTo(AgreementTable.MODERATE);
        assertThat(AgreementTable.scale(0.7)).isNull();
        assertThat(AgreementTable.scale(0.85)).isEqualTo(AgreementTable.GOOD);
    }
}
