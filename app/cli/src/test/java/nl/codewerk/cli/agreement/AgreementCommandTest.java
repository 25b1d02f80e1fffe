package nl.codewerk.cli.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.codewerk.cli.CommandRun;
import nl.codewerk.testsupport.CodedTranscripts;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String T0 = "Hoe begon het?";
    static final String T1 = "Mijn tante belde. Ze vroeg of ik wilde helpen.";
    static final String T2 = "En daarna?";
    static final String T3 = "We zagen elkaar elke week. Dat hielp echt.";

    @TempDir
    Path dir;

    Path resource(String name) throws Exception {
        Path file = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** The project of the core agreement tests: Anna and Bram code one interview of four turns. */
    Path codedProject() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = CodedTranscripts.add(project, "interview", T0, T1, T2, T3);
            String positief = project.codebook().codebook().require("Ervaring/Positief").id();
            String contact = project.codebook().codebook().require("Contact").id();
            CodedTranscripts.code(project, t, T1, positief, "Anna");
            CodedTranscripts.code(project, t, "Dat hielp echt.", positief, "Anna");
            CodedTranscripts.code(project, t, "We zagen elkaar elke week.", contact, "Anna");
            CodedTranscripts.code(project, t, "Mijn tante belde.", positief, "Bram");
            CodedTranscripts.code(project, t, T3, contact, "Bram");
            CodedTranscripts.code(project, t, "begon", contact, "Bram");
            return project.file();
        }
    }

    static double rounded(JsonNode value, int decimals) {
        return new BigDecimal(value.asText()).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, missing values.
    @Test
    void tableReproducesKrippendorffsNominalAlpha() throws Exception {
        Path csv = resource("/agreement/krippendorff-2011-four-observers.csv");
        CommandRun run = CommandRun.of(new AgreementCommand(), "--table", csv.toString(), "--measure", "alpha", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("measure").asText()).isEqualTo("alpha");
        assertThat(json.get("level").asText()).isEqualTo("nominal");
        assertThat(rounded(json.get("value"), 3)).isEqualTo(0.743);
        assertThat(json.get("units").asInt()).isEqualTo(12);
        assertThat(json.get("ci95").size()).isEqualTo(2);
        CommandRun ordinal = CommandRun.of(new AgreementCommand(), "--table", csv.toString(), "--measure", "alpha", "--level", "ordinal", "--json");
        assertThat(rounded(JSON.readTree(ordinal.out()).get("value"), 3)).isEqualTo(0.815);
        CommandRun interval = CommandRun.of(new AgreementCommand(), "--table", csv.toString(), "--measure", "alpha", "--level", "interval", "--json");
        assertThat(rounded(JSON.readTree(interval.out()).get("value"), 3)).isEqualTo(0.849);
    }

    // Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5 categories, kappa 0.210.
    @Test
    void tableReproducesTheFleissExample() throws Exception {
        Path csv = resource("/agreement/fleiss-1971-wikipedia.csv");
        CommandRun run = CommandRun.of(new AgreementCommand(), "--table", csv.toString(), "--measure", "fleiss", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(rounded(json.get("value"), 3)).isEqualTo(0.210);
        assertThat(json.get("units").asInt()).isEqualTo(10);
        CommandRun percent = CommandRun.of(new AgreementCommand(), "--table", csv.toString(), "--measure", "percent", "--json");
        assertThat(rounded(JSON.readTree(percent.out()).get("value"), 3)).isEqualTo(0.378);
        assertThat(JSON.readTree(percent.out()).get("ci95").isNull()).isTrue();
    }

    @Test
    void tableWithOneCategoryReportsNotDefined() throws Exception {
        Path csv = dir.resolve("same.csv");
        Files.writeString(csv, "A,B\nja,ja\nja,ja\n");
        CommandRun run = CommandRun.of(new AgreementCommand(), "--table", csv.toString(), "--measure", "cohen", "--json");
        assertThat(run.exit()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("value").isNull()).isTrue();
        assertThat(json.get("ci95").isNull()).isTrue();
        assertThat(json.get("reason").asText()).contains("0/0");
    }

    @Test
    void projectJsonHasTheCountsBehindEveryValue() throws Exception {
        Path project = codedProject();
        CommandRun run = CommandRun.of(new AgreementCommand(), project.toString(), "--coders", "Anna,Bram", "--unit", "turn", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("unit").asText()).isEqualTo("turn");
        assertThat(json.get("coders").toString()).isEqualTo("[\"Anna\",\"Bram\"]");
        JsonNode pooled = json.get("pooled");
        assertThat(pooled.get("units").asInt()).isEqualTo(8);
        assertThat(pooled.get("cohen").asDouble()).isCloseTo(14.0 / 30, within(1e-12));
        assertThat(pooled.get("ci95").has("alpha")).isTrue();
        JsonNode first = json.get("codes").get(0);
        assertThat(first.get("codePath").toString()).isEqualTo("[\"Ervaring\",\"Positief\"]");
        assertThat(first.get("code").asText()).isNotBlank();
        for (String key : new String[] {"units", "both", "onlyA", "onlyB", "neither", "percent", "cohen", "scott", "fleiss",
                "alpha", "bp", "ac1"}) {
            assertThat(first.has(key)).as(key).isTrue();
        }
        assertThat(first.get("both").asInt()).isEqualTo(1);
        assertThat(first.get("onlyA").asInt()).isEqualTo(1);
        assertThat(first.get("onlyB").asInt()).isZero();
        assertThat(first.get("neither").asInt()).isEqualTo(2);
        assertThat(first.get("percent").asDouble()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void overlapReportsWhyKappaIsNotDefined() throws Exception {
        Path project = codedProject();
        CommandRun run = CommandRun.of(new AgreementCommand(), project.toString(), "--coders", "Anna,Bram", "--unit", "overlap:50",
                "--codes", "Contact", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode code = JSON.readTree(run.out()).get("codes").get(0);
        assertThat(JSON.readTree(run.out()).get("unit").asText()).isEqualTo("overlap:50");
        assertThat(code.get("both").asInt()).isEqualTo(1);
        assertThat(code.get("neither").asInt()).isZero();
        assertThat(code.get("cohen").isNull()).isTrue();
        assertThat(code.get("reasons").get("cohen").asText()).contains("no units where both coders agree a code is absent");
    }

    @Test
    void outWritesTheWorkbookAndTextOutputNamesTheUnit() throws Exception {
        Path project = codedProject();
        Path xlsx = dir.resolve("report.xlsx");
        CommandRun run = CommandRun.of(new AgreementCommand(), project.toString(), "--coders", "Anna,Bram", "--unit", "sentence",
                "--out", xlsx.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(xlsx).exists();
        assertThat(run.out()).contains("unit: sentence").contains("Ervaring/Positief").contains("(pooled, 2 codes)");
    }

    @Test
    void wrongUsageIsOneLineOnStderrAndExitTwo() throws Exception {
        Path project = codedProject();
        Path csv = resource("/agreement/krippendorff-2011-four-observers.csv");
        String[][] wrong = {
            {},
            {project.toString(), "--table", csv.toString(), "--measure", "alpha"},
            {project.toString(), "--unit", "turn"},
            {project.toString(), "--coders", "Anna,Bram"},
            {project.toString(), "--coders", "Anna,Bram", "--unit", "line"},
            {project.toString(), "--coders", "Anna,Daan", "--unit", "turn"},
            {project.toString(), "--coders", "Anna,Bram", "--unit", "turn", "--measure", "alpha"},
            {project.toString(), "--coders", "Anna,Bram", "--unit", "turn", "--codes", "Onbekend"},
            {dir.resolve("missing.cwk").toString(), "--coders", "Anna,Bram", "--unit", "turn"},
            {"--table", csv.toString()},
            {"--table", csv.toString(), "--measure", "kappa"},
            {"--table", csv.toString(), "--measure", "alpha", "--level", "nominaal"},
            {"--table", csv.toString(), "--measure", "alpha", "--unit", "turn"},
            {"--table", dir.resolve("missing.csv").toString(), "--measure", "alpha"},
        };
        for (String[] args : wrong) {
            CommandRun run = CommandRun.of(new AgreementCommand(), args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip()).as(String.join(" ", args)).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void badTableNamesTheLine() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "A,B\n1,2\n3\n");
        CommandRun run = CommandRun.of(new AgreementCommand(), "--table", csv.toString(), "--measure", "alpha", "--json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv").contains("line 3");
    }

    @Test
    void unwritableReportStillPrintsTheResultsAndExitsOne() throws Exception {
        Path project = codedProject();
        Path xlsx = dir.resolve("no-such-folder").resolve("report.xlsx");
        CommandRun run = CommandRun.of(new AgreementCommand(), project.toString(), "--coders", "Anna,Bram", "--unit", "turn", "--json",
                "--out", xlsx.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(JSON.readTree(run.out()).get("unit").asText()).isEqualTo("turn");
        assertThat(run.err().strip()).contains("report.xlsx").doesNotContain("\n");
    }
}
