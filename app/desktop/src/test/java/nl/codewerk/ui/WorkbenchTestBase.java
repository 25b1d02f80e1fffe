package nl.codewerk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import nl.codewerk.cases.AttributeType;
import nl.codewerk.codebook.Code;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.ui.transcript.TranscriptArea;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A workbench opened on a small project: the codebook Ervaring (Positief, Negatief) and
 * Contact, and two interviews. Tests act through the window and check what the project holds.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WorkbenchTestBase {

    protected static final String SANNE_ANSWER = "Goed, we hebben elke week contact en dat helpt.";

    @TempDir
    protected Path dir;

    protected TestWorkbench workbench;
    protected long sanne;
    protected long daan;

    /** TestFX looks for @Start only in the test class itself, so the base sets the stage up here. */
    @BeforeEach
    void openWorkbench() throws Exception {
        FxToolkit.setupStage(this::start);
    }

    private void start(Stage stage) {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            sanne = TempProjects.addTranscript(project, "Interview Sanne", "Hoe gaat het met je mentor?", SANNE_ANSWER,
                    "Wat doen jullie samen?", "We praten over school.");
            daan = TempProjects.addTranscript(project, "Interview Daan", "Wie is je mentor?", "Mijn oom, ik heb veel contact met hem.");
            giveCase(project, sanne, "Sanne", "16");
            giveCase(project, daan, "Daan", "17");
            prepare(project);
        }
        workbench = TestWorkbench.start(stage, dir.resolve("settings"), "Anna");
        workbench.shell.opener().open(dir.resolve("test.cwk"));
        if (!workbench.dialogs.errors.isEmpty() || workbench.shell.session().isEmpty()) {
            throw new AssertionError("the project did not open: " + workbench.dialogs.errors);
        }
    }

    /** Each interview counts for a participant with an age, as after importing a participants sheet. */
    protected static void giveCase(Project project, long transcriptId, String name, String age) {
        project.database().unrecorded("case", tx -> {
            long caseId = project.cases().ensureCase(tx, name);
            project.cases().setValue(tx, caseId, project.cases().ensureAttribute(tx, "leeftijd", AttributeType.NUMBER), age);
            project.transcripts().setCase(tx, transcriptId, caseId);
            return null;
        });
    }

    /** Adds what a test needs to the project before the workbench opens it. */
    protected void prepare(Project project) {
    }

    @AfterEach
    void closeProject(FxRobot robot) {
        robot.interact(workbench::close);
    }

    protected Project project() {
        return workbench.project();
    }

    protected Code code(String name) {
        return project().codebook().codebook().require(name);
    }

    protected List<Coding> codings() {
        return project().codings().list(CodingFilter.ALL);
    }

    protected Transcript transcript(long id) {
        return project().transcripts().get(id).orElseThrow();
    }

    protected TranscriptArea area(FxRobot robot) {
        return robot.lookup("#transcriptText").query();
    }

    /** Opens a transcript by clicking it in the list. */
    protected void openTranscript(FxRobot robot, String name) {
        robot.clickOn(name);
    }

    /** Selects the first occurrence of {@code words} in the open transcript and gives the text focus. */
    protected int select(FxRobot robot, String words) {
        TranscriptArea area = area(robot);
        int at = area.getText().indexOf(words);
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(at, at + words.length());
        });
        return at;
    }

    protected void caretAt(FxRobot robot, int position) {
        TranscriptArea area = area(robot);
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(position);
        });
    }

    /** The middle of a stretch of the transcript text on screen. */
    protected Point2D onScreen(FxRobot robot, int from, int to) {
        Bounds[] bounds = new Bounds[1];
        robot.interact(() -> bounds[0] = area(robot).getCharacterBoundsOnScreen(from, to).orElseThrow());
        return new Point2D(bounds[0].getMinX() + bounds[0].getWidth() / 2, bounds[0].getMinY() + bounds[0].getHeight() / 2);
    }

    /**
     * Types into the code palette. TestFX sends typed characters to the scene of the focused
     * window, and the headless platform does not report the palette as focused, so aim at it.
     */
    protected void typeInPalette(FxRobot robot, String text) {
        Node search = robot.lookup("#paletteSearch").query();
        robot.targetWindow(search.getScene().getWindow()).write(text);
    }

    /** The codebook tree's row of a code (not the tree's hidden measuring cell). */
    protected Node codeRow(FxRobot robot, String name) {
        Set<Node> cells = robot.lookup("#codebookTree .tree-cell").queryAll();
        for (Node cell : cells) {
            if (cell instanceof TreeCell<?> treeCell && treeCell.getItem() instanceof Code code && code.name().equals(name)
                    && cell.isVisible() && treeCell.getHeight() > 0 && !treeCell.isEmpty()) {
                return cell;
            }
        }
        throw new AssertionError("no row for code " + name);
    }
}
