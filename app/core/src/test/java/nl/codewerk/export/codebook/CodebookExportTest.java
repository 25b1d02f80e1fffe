package nl.codewerk.export.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.codewerk.codebook.Code;
import nl.codewerk.export.ExportFilter;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.testsupport.CodedStudy;
import nl.codewerk.testsupport.IndependentCounts;
import nl.codewerk.util.Progress;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookExportTest {

    @TempDir
    Path dir;

    CodedStudy study;
    ProjectSnapshot snapshot;
    IndependentCounts independent;
    List<Code> tree;

    @BeforeEach
    void setUp() {
        study = CodedStudy.create(dir);
        snapshot = ProjectSnapshot.load(study.project);
        independent = new IndependentCounts(study.project);
        tree = snapshot.codebook().inTreeOrder();
    }

    @AfterEach
    void tearDown() {
        study.close();
    }

    @Test
    void theWordAppendixHasTheTreeDefinitionsAndUse() throws Exception {
        Path file = dir.resolve("codeboek.docx");
        new CodebookExport(snapshot, ExportFilter.ALL, Locale.of("nl"), Progress.NONE).write(file, Progress.NONE);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            List<String> headings = paragraphs.stream().filter(p -> p.getStyleID() != null && p.getStyleID().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).hasSize(1 + 41);
            assertThat(headings.getFirst()).isEqualTo("Overzicht");
            assertThat(headings.subList(1, headings.size())).containsExactlyElementsOf(tree.stream().map(Code::name).toList());
            // Heading level follows depth: "Positieve ervaring/mening" sits four deep.
            XWPFParagraph positief = paragraphs.stream().filter(p -> p.getText().equals("Positieve ervaring/mening")).findFirst().orElseThrow();
            assertThat(positief.getStyleID()).isEqualTo("Heading4");
            Code welContact = snapshot.codebook().get(CodedStudy.WEL_CONTACT).orElseThrow();
            assertThat(paragraphs).extracting(XWPFParagraph::getText).contains("Definitie: " + welContact.definition(),
                    "Niveau: open · 5 coderingen in 4 casussen.");

            XWPFTable overview = doc.getTables().getFirst();
            assertThat(overview.getNumberOfRows()).isEqualTo(1 + 41);
            for (int i = 0; i < tree.size(); i++) {
                String id = tree.get(i).id();
                List<IndependentCounts.Row> own = independent.select(r -> r.code().equals(id));
                assertThat(overview.getRow(1 + i).getCell(0).getText()).isEqualTo(tree.get(i).name());
                assertThat(overview.getRow(1 + i).getCell(2).getText()).isEqualTo(String.valueOf(own.size()));
                assertThat(overview.getRow(1 + i).getCell(3).getText()).isEqualTo(String.valueOf(IndependentCounts.cases(own)));
            }
        }
    }

    @Test
    void theWorkbookHasOneRowPerCodeWithItsCounts() throws Exception {
        Path file = dir.resolve("codeboek.xlsx");
        new CodebookExport(snapshot, ExportFilter.ALL, Locale.ENGLISH, Progress.NONE).write(file, Progress.NONE);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Codebook");
            assertThat(sheet.getLastRowNum()).isEqualTo(41);
            for (int i = 0; i < tree.size(); i++) {
                Code code = tree.get(i);
                Row row = sheet.getRow(1 + i);
                Set<String> subtree = independent.subtree(code.id());
                List<IndependentCounts.Row> own = independent.select(r -> r.code().equals(code.id()));
                List<IndependentCounts.Row> all = independent.select(r -> subtree.contains(r.code()));
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(code.name());
                assertThat(row.getCell(0).getCellStyle().getIndention()).isEqualTo((short) snapshot.codebook().depth(code.id()));
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(own.size());
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(IndependentCounts.cases(own));
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(all.size());
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(IndependentCounts.cases(all));
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(code.definition());
                assertThat(row.getCell(row.getLastCellNum() - 1).getStringCellValue()).isEqualTo(code.id());
            }
        }
    }
}
