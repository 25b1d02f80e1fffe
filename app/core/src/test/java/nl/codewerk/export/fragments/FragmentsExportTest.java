package nl.codewerk.export.fragments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.codewerk.export.AttributeFilter;
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
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FragmentsExportTest {

    @TempDir
    Path dir;

    CodedStudy study;
    ProjectSnapshot snapshot;
    IndependentCounts independent;

    @BeforeEach
    void setUp() {
        study = CodedStudy.create(dir);
        snapshot = ProjectSnapshot.load(study.project);
        independent = new IndependentCounts(study.project);
    }

    @AfterEach
    void tearDown() {
        study.close();
    }

    private FragmentReport collect(FragmentOptions options) {
        return new FragmentCollector(snapshot).collect(options, Progress.NONE);
    }

    private XWPFDocument docx(FragmentOptions options) throws Exception {
        Path file = dir.resolve("fragmenten.docx");
        FragmentsExport.write(collect(options), file, Locale.of("nl"), Progress.NONE);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<XWPFParagraph> styled(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyleID())).toList();
    }

    /** The quoted words (with context) of a Quote paragraph, without the attribution line. */
    static String quoted(XWPFParagraph quote) {
        return quote.getRuns().stream().filter(r -> !"Attribution".equals(r.getStyle())).map(XWPFRun::text).collect(Collectors.joining()).strip();
    }

    /** The attribution lines under the quotes. */
    static List<String> attributions(XWPFDocument doc) {
        return styled(doc, "Quote").stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> "Attribution".equals(r.getStyle())).map(r -> r.text().strip()).toList();
    }

    /** Passages (code, transcript, start, end) of the database's codings: each coded passage once. */
    private long distinctPassages(java.util.function.Predicate<IndependentCounts.Row> filter) {
        return independent.select(filter).stream().map(r -> r.code() + "/" + r.transcript() + "/" + r.start() + "/" + r.end()).distinct().count();
    }

    @Test
    void everyCodedPassageIsOneQuoteUnderItsCodeWithItsAttribution() throws Exception {
        try (XWPFDocument doc = docx(FragmentOptions.DEFAULT)) {
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Quote").getName()).isEqualTo("Quote");
            assertThat(styled(doc, "Title").getFirst().getText()).isEqualTo("Gecodeerde fragmenten");
            assertThat(styled(doc, "Heading1")).extracting(XWPFParagraph::getText).containsExactly(
                    "Betekenisgeving", "Duurzaamheid van de relatie", "Kwaliteit van de relatie", "Ondersteuning hulpverlening", "Overig");
            List<XWPFParagraph> quotes = styled(doc, "Quote");
            assertThat(quotes).hasSize((int) distinctPassages(r -> true)).hasSize(22);
            assertThat(attributions(doc)).hasSize(22)
                    .contains("(man, 49) — 03-duo-ria-en-vader", "(vrouw, 44) — 03-duo-ria-en-vader", "(man) — 04-oom-jan", "05-losse-notitie");

            List<String> texts = quotes.stream().map(FragmentsExportTest::quoted).toList();
            int father = texts.indexOf("Voor ons was het een enorme opluchting dat er iemand was die ze vertrouwde.");
            assertThat(father).isZero();
            // Quotes follow the code tree: "Wel contact" comes before "Taken JIM".
            assertThat(texts.indexOf("Ja, we gaan nog samen vissen.")).isLessThan(
                    texts.indexOf("Ik hielp hem met zijn brommer en ik ging een paar keer mee naar het wijkteam."));
            // The n of a theme: "Wel contact" is mentioned in four cases (five passages: two of Anja's overlap).
            assertThat(styled(doc, "Meta").stream().map(XWPFParagraph::getText)).contains("n = 4 casussen, 5 fragmenten", "n = 1 casus, 1 fragment");
        }
    }

    @Test
    void contextMemosAndComments() throws Exception {
        try (XWPFDocument doc = docx(FragmentOptions.DEFAULT.withContextWords(3).withMemos(true))) {
            XWPFParagraph quote = styled(doc, "Quote").stream()
                    .filter(p -> quoted(p).contains("Soms belde ik de mentor")).findFirst().orElseThrow();
            List<XWPFRun> runs = quote.getRuns();
            assertThat(runs.getFirst().getStyle()).isEqualTo("Context");
            assertThat(runs.getFirst().text()).isEqualTo("…\u00A0gesprekken op school. ");
            assertThat(quoted(quote)).isEqualTo("…\u00A0gesprekken op school. Soms belde ik de mentor als het weer misging met haar rooster.");
            assertThat(runs.getLast().getStyle()).isEqualTo("Attribution");
            assertThat(quote.getText()).endsWith("rooster.\n(vrouw, 52) — 01-tante-anja");
            List<String> memos = styled(doc, "Memo").stream().map(XWPFParagraph::getText).toList();
            assertThat(memos).contains("Opmerking: Duidelijk voorbeeld.",
                    "Memo (Lotte): Het contact verwaterde na de verhuizing naar de groep.",
                    "Let op (Daan): Ook contact via de telefoon telt mee.");
        }
    }

    @Test
    void oneCoderAndOneAttributeValue() throws Exception {
        try (XWPFDocument doc = docx(FragmentOptions.DEFAULT.withFilter(ExportFilter.ALL.withCoder("Daan")))) {
            assertThat(styled(doc, "Quote")).hasSize((int) distinctPassages(r -> r.coder().equals("Daan")));
        }
        Set<Long> women = independent.casesInScope().stream().filter(id -> "vrouw".equals(independent.value(id, "geslacht"))).collect(Collectors.toSet());
        try (XWPFDocument doc = docx(FragmentOptions.DEFAULT.withFilter(ExportFilter.ALL.withAttribute(AttributeFilter.parse("geslacht=vrouw"))))) {
            assertThat(styled(doc, "Quote")).hasSize((int) distinctPassages(r -> r.caseId() != null && women.contains(r.caseId())));
            assertThat(attributions(doc)).isNotEmpty().allMatch(a -> a.startsWith("(vrouw"));
        }
    }

    @Test
    void aTemplateAndChosenCodes() throws Exception {
        FragmentOptions options = FragmentOptions.DEFAULT.withTemplate("[{casus}, {spreker}]").withTranscriptName(false)
                .withFilter(ExportFilter.ALL.withCodes(List.of(CodedStudy.WEL_CONTACT)));
        try (XWPFDocument doc = docx(options)) {
            assertThat(styled(doc, "Heading1")).extracting(XWPFParagraph::getText).containsExactly("Wel contact");
            assertThat(attributions(doc)).containsExactly(
                    "[01-tante-anja, I]", "[01-tante-anja, R]", "[03-ria, Ria]", "[03-vader, Vader]", "[04-oom-jan, R]");
        }
    }

    @Test
    void nothingToQuoteSaysSo() throws Exception {
        FragmentOptions options = FragmentOptions.DEFAULT.withFilter(ExportFilter.ALL.withCodes(List.of("jim.situatie")));
        try (XWPFDocument doc = docx(options)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("Geen gecodeerde fragmenten met deze instellingen.");
            assertThat(styled(doc, "Quote")).isEmpty();
        }
    }

    @Test
    void theWorkbookHasOneRowPerFragment() throws Exception {
        Path file = dir.resolve("fragmenten.xlsx");
        FragmentsExport.write(collect(FragmentOptions.DEFAULT), file, Locale.ENGLISH, Progress.NONE);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Fragments");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Code path", "Text", "Attribution", "Transcript", "Speaker", "Case", "geslacht", "leeftijd",
                    "nog contact", "Coder", "Start", "End", "Words coded", "Code", "Code id");
            assertThat(sheet.getLastRowNum()).isEqualTo(22);
            Row taken = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().startsWith("Vooral luisteren")) {
                    taken = row;
                }
            }
            assertThat(taken).isNotNull();
            assertThat(taken.getCell(0).getStringCellValue()).isEqualTo("Kwaliteit van de relatie/Taken JIM");
            assertThat(taken.getCell(2).getStringCellValue()).isEqualTo("(vrouw, 52)");
            assertThat(taken.getCell(4).getStringCellValue()).isEqualTo("R");
            assertThat(taken.getCell(7).getNumericCellValue()).isEqualTo(52);
            assertThat(taken.getCell(8).getStringCellValue()).isEqualTo("yes");
            assertThat(taken.getCell(9).getStringCellValue()).isEqualTo("Lotte, Daan");
            assertThat(workbook.getSheet("Settings")).isNotNull();
        }
    }

    @Test
    void withoutParticipantsSheetTheTranscriptNameAttributesAQuote() throws Exception {
        try (var project = nl.codewerk.testsupport.TempProjects.withSmallCodebook(Files.createDirectory(dir.resolve("klein")))) {
            long transcript = nl.codewerk.testsupport.TempProjects.addTranscript(project, "gesprek-1", "Hoe was het?", "Heel fijn.");
            project.database().unrecorded("case", tx -> {
                // As an import without participants sheet does: a case named after the transcript.
                project.transcripts().setCase(tx, transcript, project.cases().ensureCase(tx, "gesprek-1"));
                return null;
            });
            project.codings().apply(transcript, 20, 30, project.codebook().codebook().require("Contact").id(), "Lotte");
            FragmentReport report = new FragmentCollector(ProjectSnapshot.load(project)).collect(FragmentOptions.DEFAULT, Progress.NONE);
            assertThat(report.template().template()).isEqualTo("({case})");
            Fragment fragment = report.codes().stream().flatMap(c -> c.fragments().stream()).findFirst().orElseThrow();
            assertThat(fragment.text()).isEqualTo("Heel fijn.");
            assertThat(FragmentsDocx.attribution(report.template(), fragment, true, Locale.ENGLISH)).isEqualTo("gesprek-1");
            assertThat(FragmentsDocx.attribution(report.template(), fragment, false, Locale.ENGLISH)).isEqualTo("(gesprek-1)");
        }
    }

    @Test
    void contextStopsAtTheTurn() {
        String text = "I: Hoe gaat het?\n\nR: Goed, echt heel goed. Dank je.";
        int from = text.indexOf("echt");
        assertThat(text.substring(ContextWindow.before(text, from, text.indexOf("Goed"), 5), from)).isEqualTo("Goed, ");
        int end = text.indexOf("goed.") + 4;
        assertThat(text.substring(end, ContextWindow.after(text, end, text.length(), 1))).isEqualTo(". Dank");
        assertThat(ContextWindow.before(text, 3, 3, 2)).isEqualTo(3);
    }
}
