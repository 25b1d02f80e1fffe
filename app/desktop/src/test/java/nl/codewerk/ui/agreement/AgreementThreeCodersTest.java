package nl.codewerk.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.codewerk.agreement.AgreementAnalysis;
import nl.codewerk.agreement.AgreementMeasure;
import nl.codewerk.agreement.AgreementResult;
import nl.codewerk.agreement.AgreementRow;
import nl.codewerk.agreement.AgreementValue;
import nl.codewerk.agreement.UnitOfComparison;
import nl.codewerk.agreement.review.ReviewItem;
import nl.codewerk.ui.WorkbenchTestBase;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Three coders on the same two interviews: the k-coder measures, Cohen's kappa per pair, and review per pair. */
class AgreementThreeCodersTest extends WorkbenchTestBase {

    private static final List<String> CODERS = List.of("Anna", "Bert", "Carla");

    /**
     * Contact, per turn: Sanne's first question only Carla; her first answer Anna and Carla; her
     * second answer only Bert; Daan's answer all three. The other two turns nobody.
     */
    @Override
    protected void prepare(Project project) {
        String contact = project.codebook().codebook().require("Contact").id();
        String sanneText = project.transcripts().get(sanne).orElseThrow().text();
        String daanText = project.transcripts().get(daan).orElseThrow().text();
        code(project, sanne, sanneText, "elke week contact", contact, "Anna");
        code(project, sanne, sanneText, "elke week contact", contact, "Carla");
        code(project, sanne, sanneText, "met je mentor", contact, "Carla");
        code(project, sanne, sanneText, "over school", contact, "Bert");
        for (String coder : CODERS) {
            code(project, daan, daanText, "veel contact", contact, coder);
        }
    }

    private static void code(Project project, long transcript, String text, String words, String codeId, String coder) {
        int at = text.indexOf(words);
        project.codings().apply(transcript, at, at + words.length(), codeId, coder);
    }

    @Test
    void threeCodersShowTheKCoderMeasuresAndKappaPerPair(FxRobot robot) {
        openAgreement(robot);
        robot.clickOn(coderCheck(robot, "Carla"));
        robot.clickOn("#agreementRun");

        assertThat(workbench.dialogs.errors).isEmpty();
        AgreementResult core = new AgreementAnalysis(project()).run(new AgreementAnalysis.Request(CODERS,
                UnitOfComparison.of(UnitOfComparison.Kind.TURN), List.of(), List.of()), Progress.NONE);
        AgreementRow contact = core.row(code("Contact").id());
        AgreementValue fleiss = contact.value(AgreementMeasure.FLEISS);
        AgreementValue alpha = contact.value(AgreementMeasure.ALPHA);
        assertThat(fleiss.isDefined()).as("the example must give Fleiss a value").isTrue();
        assertThat(alpha.isDefined()).isTrue();

        TableView<AgreementRow> table = robot.lookup("#agreementTable").query();
        assertThat(table.getColumns()).extracting(TableColumn::getId).doesNotContain("measure-cohen", "measure-scott")
                .contains("measure-percent", "measure-fleiss", "measure-alpha");
        assertThat(table.getItems()).extracting(r -> r.pooled() ? "pooled" : r.codePath(), r -> r.counts().allCoders(),
                r -> r.counts().someCoders(), r -> r.counts().noCoder())
                .containsExactly(tuple("Contact", 1L, 3L, 2L), tuple("pooled", 1L, 3L, 2L));
        assertThat(shown(robot, "Contact", "measure-fleiss")).isEqualTo(AgreementTable.coefficient(fleiss.asOptional().getAsDouble()));
        assertThat(shown(robot, "Contact", "measure-alpha")).isEqualTo(AgreementTable.coefficient(alpha.asOptional().getAsDouble()));
        assertThat(shown(robot, "Contact", "measure-percent"))
                .isEqualTo(AgreementTable.percent(contact.value(AgreementMeasure.PERCENT).asOptional().getAsDouble()));
        assertThat(robot.lookup("#agreementUnit").queryLabeled().getText()).contains("Anna, Bert, Carla");

        // The matrix: each pair's kappa as a two-coder comparison of the same transcripts gives it.
        robot.clickOn(cell(robot, "Contact", "measure-fleiss"));
        assertThat(robot.lookup("#pairwiseTitle").queryLabeled().getText()).contains("Contact");
        List<String> transcripts = core.transcripts().stream().map(t -> Long.toString(t.id())).toList();
        String[][] pairs = {{"0", "1"}, {"0", "2"}, {"1", "2"}};
        for (String[] pair : pairs) {
            String a = CODERS.get(Integer.parseInt(pair[0]));
            String b = CODERS.get(Integer.parseInt(pair[1]));
            AgreementResult two = new AgreementAnalysis(project()).run(new AgreementAnalysis.Request(List.of(a, b),
                    UnitOfComparison.of(UnitOfComparison.Kind.TURN), List.of(code("Contact").id()), transcripts), Progress.NONE);
            AgreementValue cohen = two.row(code("Contact").id()).value(AgreementMeasure.COHEN);
            Label value = robot.lookup("#pair-" + pair[0] + "-" + pair[1]).query();
            assertThat(value.getText()).as("%s and %s", a, b).isEqualTo(cohen.isDefined()
                    ? AgreementTable.coefficient(cohen.asOptional().getAsDouble()) : "n.d.");
            assertThat(value.getTooltip().getText()).startsWith(a + " and " + b);
        }
        assertThat(robot.lookup("." + PairwiseMatrix.CELL).queryAll()).hasSize(3);
    }

    @Test
    void reviewGoesByAPairOfTheCoders(FxRobot robot) {
        openAgreement(robot);
        robot.clickOn(coderCheck(robot, "Carla"));
        robot.clickOn("#agreementRun");

        ListView<ReviewItem> disagreements = robot.lookup("#disagreements").query();
        assertThat(robot.lookup("#reviewPairsOnly").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#reviewPairsOnly").queryLabeled().getText()).contains("two coders at a time");
        assertThat(disagreements.getItems()).isEmpty();
        assertThat(robot.lookup("#acceptA").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#adoptAgreements").queryAs(Button.class).isDisabled()).isTrue();

        ComboBox<List<String>> pair = robot.lookup("#reviewPair").query();
        assertThat(pair.getItems()).containsExactly(List.of("Anna", "Bert"), List.of("Anna", "Carla"), List.of("Bert", "Carla"));
        robot.interact(() -> pair.setValue(List.of("Anna", "Carla")));
        robot.clickOn("#reviewPairRun");

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(disagreements.getItems()).extracting(ReviewItem::transcriptName, ReviewItem::coderA, ReviewItem::coderB,
                ReviewItem::codedBy).containsExactly(tuple("Interview Sanne", "Anna", "Carla", List.of("Carla")));
        assertThat(robot.lookup("#acceptB").queryAs(Button.class).getText()).isEqualTo("Accept Carla");
        assertThat(robot.lookup("#reviewHeading").queryLabeled().getText()).contains("Anna and Carla");
        // The table above still shows all three coders.
        assertThat(robot.lookup("#agreementUnit").queryLabeled().getText()).contains("Anna, Bert, Carla");
    }

    @Test
    void fewerThanTwoCodersCannotBeCompared(FxRobot robot) {
        openAgreement(robot);
        Button run = robot.lookup("#agreementRun").queryAs(Button.class);
        assertThat(run.isDisabled()).as("two coders are checked at the start").isFalse();
        assertThat(robot.lookup("#coderHint").queryLabeled().isVisible()).isFalse();

        robot.clickOn(coderCheck(robot, "Bert"));
        assertThat(run.isDisabled()).isTrue();
        assertThat(robot.lookup("#coderHint").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#coderHint").queryLabeled().getText()).isEqualTo("Check at least two coders to compare.");
    }

    private static void openAgreement(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private static CheckBox coderCheck(FxRobot robot, String coder) {
        return robot.lookup(".coder-check").queryAllAs(CheckBox.class).stream().filter(c -> c.getText().equals(coder))
                .findFirst().orElseThrow(() -> new AssertionError("no check box for " + coder));
    }

    private static String shown(FxRobot robot, String codePath, String columnId) {
        return ((TableCell<?, ?>) cell(robot, codePath, columnId)).getText();
    }

    private static Node cell(FxRobot robot, String codePath, String columnId) {
        for (Node node : robot.lookup("#agreementTable .table-cell").queryAll()) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId())
                    && cell.getTableRow() != null && cell.getTableRow().getItem() instanceof AgreementRow row
                    && !row.pooled() && row.codePath().equals(codePath)) {
                return cell;
            }
        }
        throw new AssertionError("no " + columnId + " cell for " + codePath);
    }
}
