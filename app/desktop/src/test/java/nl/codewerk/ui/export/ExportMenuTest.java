package nl.codewerk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.codewerk.export.freq.FrequencyTable;
import nl.codewerk.ui.WorkbenchTestBase;
import nl.codewerk.workspace.Project;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Export menu writes files chosen through the dialog service; the Frequencies view shows and saves its chart. */
class ExportMenuTest extends WorkbenchTestBase {

    /** Contact in both interviews, Positief in Sanne's. */
    @Override
    protected void prepare(Project project) {
        String contact = project.codebook().codebook().require("Contact").id();
        String positief = project.codebook().codebook().require("Positief").id();
        String sanneText = project.transcripts().get(sanne).orElseThrow().text();
        int at = sanneText.indexOf("elke week contact");
        project.codings().apply(sanne, at, at + "elke week contact".length(), contact, "Anna");
        int helpt = sanneText.indexOf("dat helpt");
        project.codings().apply(sanne, helpt, helpt + "dat helpt".length(), positief, "Anna");
        String daanText = project.transcripts().get(daan).orElseThrow().text();
        int daanAt = daanText.indexOf("veel contact");
        project.codings().apply(daan, daanAt, daanAt + "veel contact".length(), contact, "Anna");
    }

    @Test
    void exportFrequencyTable(FxRobot robot) throws Exception {
        Path file = dir.resolve("freq.xlsx");
        workbench.dialogs.choices.add(0); // over all cases
        workbench.dialogs.choices.add(0); // .xlsx
        workbench.dialogs.filesToSave.add(file);

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT, KeyCode.CONTROL);

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(workbench.dialogs.infos).anySatisfy(info -> assertThat(info).contains(file.toString()));
        List<Double> contactRow = new ArrayList<>();
        boolean[] found = {false};
        try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    Cell first = row.getCell(row.getFirstCellNum() < 0 ? 0 : row.getFirstCellNum());
                    if (first != null && first.toString().strip().equals("Contact")) {
                        found[0] = true;
                        row.forEach(cell -> {
                            if (cell.getCellType() == CellType.NUMERIC) {
                                contactRow.add(cell.getNumericCellValue());
                            }
                        });
                    }
                }
            }
        }
        // Contact: 2 cases of 2 (100%), 2 codings.
        assertThat(found[0]).as("a Contact row").isTrue();
        assertThat(contactRow).contains(2.0, 100.0);
    }

    @Test
    void frequenciesViewShowsTheCountsAndSavesTheChart(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);

        TableView<FrequencyTable.Row> table = robot.lookup("#frequencyTable").query();
        assertThat(table.getItems()).filteredOn(r -> r.code() != null && r.code().name().equals("Contact"))
                .singleElement().satisfies(r -> assertThat(r.counts().subtree().cases()).isEqualTo(2));
        BarChart<String, Number> chart = robot.lookup("#frequencyChart").query();
        assertThat(chart.getData().getFirst().getData()).extracting(XYChart.Data::getXValue).startsWith("Contact");

        Path png = dir.resolve("chart.png");
        Path svg = dir.resolve("chart.svg");
        workbench.dialogs.filesToSave.add(png);
        robot.clickOn("#savePng");
        workbench.dialogs.filesToSave.add(svg);
        robot.clickOn("#saveSvg");

        assertThat(workbench.dialogs.errors).isEmpty();
        assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(Files.readString(svg)).contains("<svg").contains("Contact");
    }

    @Test
    void theOtherExportsWriteTheirFiles(FxRobot robot) throws Exception {
        Path fragments = dir.resolve("fragments.docx");
        workbench.dialogs.texts.add("({leeftijd})");
        workbench.dialogs.choices.add(0); // .docx
        workbench.dialogs.filesToSave.add(fragments);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.G).release(KeyCode.G, KeyCode.ALT, KeyCode.CONTROL);

        Path codebook = dir.resolve("codebook.xlsx");
        workbench.dialogs.choices.add(1); // .xlsx
        workbench.dialogs.filesToSave.add(codebook);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT, KeyCode.CONTROL);

        Path matrix = dir.resolve("cooccurrence.xlsx");
        workbench.dialogs.filesToSave.add(matrix);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.O).release(KeyCode.O, KeyCode.ALT, KeyCode.CONTROL);

        openTranscript(robot, "Interview Sanne");
        Path transcriptFile = dir.resolve("sanne.docx");
        workbench.dialogs.filesToSave.add(transcriptFile);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.T).release(KeyCode.T, KeyCode.ALT, KeyCode.CONTROL);

        assertThat(workbench.dialogs.errors).isEmpty();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(fragments))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertThat(text).contains("elke week contact").contains("(16)");
        }
        try (Workbook book = WorkbookFactory.create(codebook.toFile(), null, true)) {
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(1);
        }
        try (Workbook book = WorkbookFactory.create(matrix.toFile(), null, true)) {
            assertThat(book.getNumberOfSheets()).isPositive();
        }
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(transcriptFile))) {
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText()).contains("elke week contact");
        }
    }

    @Test
    void percentShadingUsesQuarters() {
        assertThat(FrequencyView.scale(10)).isEqualTo("freq-0");
        assertThat(FrequencyView.scale(60)).isEqualTo("freq-2");
        assertThat(FrequencyView.scale(100)).isEqualTo("freq-3");
    }
}
