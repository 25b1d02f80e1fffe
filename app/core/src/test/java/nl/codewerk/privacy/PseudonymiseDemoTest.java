package nl.codewerk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.codewerk.agreement.TwoCoderCounts;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.project.Backups;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.transcript.Turn;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pseudonymising the sample interviews with a map of their names: afterwards no table, no
 * column and no byte of the project file holds any of them; every coding covers the same words
 * with the names replaced; agreement per code is what it was; the way back is the backup.
 */
class PseudonymiseDemoTest {

    /** The people and places of the plain-text sample interviews. */
    static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        for (String person : List.of("Marloes", "Loes", "Jasmijn", "Anja", "Ronald", "Ilse", "Henk", "Bakker", "Dennis", "Sem", "Rob",
                "Karin", "Roos", "Yasmina", "Noor", "Jos", "Ruud", "Kees", "Jordy", "Esther", "Riet", "Finn", "Ingrid", "Tessa", "Mees",
                "Denise", "Inge", "Joyce", "Petra", "Erik", "Patrick", "Femke", "Sandra", "Sanne", "Mirjam", "Jolanda", "Wendy", "Joost",
                "Sander", "Fleur", "Gea", "Demi", "Karim", "Frank", "Hendriks", "Ron")) {
            NAMES.put(person, "[naam]");
        }
        for (String place : List.of("Utrecht", "Almelo", "Zaandam", "Assen", "Hengelo", "Wierden", "Zwolle", "Enschede", "Nijverdal",
                "Middelburg", "Sittard", "Geleen", "Tilburg", "Rotterdam", "Kralingen", "Slotervaart", "Amersfoort", "Arnhem",
                "Groningen", "Hoogezand", "Goes")) {
            NAMES.put(place, "[plaats]");
        }
        NAMES.put("Karin", "[JIM]");
        NAMES.put("Marloes", "[JIM]");
    }

    @TempDir
    Path dir;

    static PseudonymList list() {
        return PseudonymList.of(NAMES.entrySet().stream().map(e -> new Pseudonym(e.getKey(), e.getValue())).toList());
    }

    @Test
    void noNameSurvivesAnywhereAndCodingsKeepTheirWords() throws Exception {
        Path file = dir.resolve("demo.cwk");
        NameMatcher matcher = list().matcher();
        Map<Long, String> codedBefore = new HashMap<>();
        Map<String, TwoCoderCounts> agreementBefore;
        PseudonymPreview preview;
        try (Project project = SampleProject.build(dir)) {
            project.memos().add(nl.codewerk.memo.MemoTarget.PROJECT, "Sanne en Rob", "Let op: Jasmijn noemt ROOS en roos.", "Lotte");
            Coding first = project.codings().list(CodingFilter.ALL).getFirst();
            project.codings().comment(first.id(), "Vraag Ruud ernaar", "Daan");
            for (Coding c : project.codings().list(CodingFilter.ALL)) {
                codedBefore.put(c.id(), text(project, c));
            }
            agreementBefore = agreement(project);
            assertThat(occurrences(file, project)).isNotEmpty();

            preview = project.pseudonyms().preview(list(), null);
            assertThat(preview.total()).isGreaterThan(500);
            assertThat(preview.transcripts()).hasSize(10).allSatisfy(t -> assertThat(t.inText()).isPositive());
            assertThat(preview.countsByWhere()).containsKeys(PseudonymPreview.Where.TEXT, PseudonymPreview.Where.TRANSCRIPT_NAME,
                    PseudonymPreview.Where.SPEAKER, PseudonymPreview.Where.MEMO, PseudonymPreview.Where.CODING_COMMENT,
                    PseudonymPreview.Where.CASE);
            assertThat(preview.places()).anySatisfy(p -> {
                assertThat(p.found()).isEqualTo("Marloes");
                assertThat(p.where()).isEqualTo(PseudonymPreview.Where.TEXT);
                assertThat(p.before()).endsWith("Fijn dat je mee wilt doen, ");
                assertThat(p.replacement()).isEqualTo("[JIM]");
            });
            assertThat(project.transcripts().find("01-oud-jim-tante-marloes")).as("a preview changes nothing").isPresent();

            PseudonymiseService.Report report = project.pseudonyms().apply(list(), null, "Lotte");

            assertThat(report.changed().total()).isEqualTo(preview.total());
            assertThat(report.undoHistoryCleared()).isTrue();
            assertThat(project.undoLog().history(10)).isEmpty();
            assertThat(report.backup().reason()).isEqualTo("before-pseudonymise");
            assertThat(Backups.list(file)).extracting(Backups.Backup::file).contains(report.backup().file());
            assertThat(project.pseudonyms().saved()).isEqualTo(list());

            assertThat(occurrences(file, project)).as("names left in the project").isEmpty();
            assertThat(project.memos().search("Jasmijn")).isEmpty();
            assertThat(project.transcripts().list()).extracting(TranscriptSummary::name).contains("01-oud-jim-tante-[JIM]", "03-jongere-[naam]");
            assertThat(project.transcripts().list()).flatExtracting(TranscriptSummary::speakers).contains("[naam]", "[JIM]")
                    .doesNotContain("Henk", "Karin", "Esther");
            assertThat(project.cases().cases()).extracting(c -> c.name()).contains("04-[JIM]");
            for (Coding c : project.codings().list(CodingFilter.ALL)) {
                assertThat(text(project, c)).as("coding %d", c.id()).isEqualTo(matcher.replace(codedBefore.get(c.id())));
            }
            assertThat(project.codings().count()).isEqualTo(codedBefore.size());
            assertThat(agreement(project)).isEqualTo(agreementBefore);
        }
        // The key (the saved list) is the only place left; once forgotten, not a byte names anyone.
        try (Project project = Project.open(file)) {
            project.pseudonyms().forgetSaved();
        }
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        for (String name : NAMES.keySet()) {
            assertThat(wholeWord(name).matcher(bytes).find()).as("%s in the bytes of the project file", name).isFalse();
        }
        Path before = Backups.list(file).stream().filter(b -> "before-pseudonymise".equals(b.reason())).findFirst().orElseThrow().file();
        assertThat(wholeWord("Jasmijn").matcher(new String(Files.readAllBytes(before), StandardCharsets.UTF_8)).find())
                .as("the same byte check finds names where they are").isTrue();
        try (Project backup = Project.openReadOnly(before)) {
            assertThat(backup.transcripts().find("01-oud-jim-tante-marloes")).as("the backup is the way back").isPresent();
        }
    }

    @Test
    void oneTranscriptOnlyAndLaterImportsFollowTheSavedList() throws Exception {
        try (Project project = SampleProject.build(dir)) {
            Transcript henk = project.transcripts().find("02-oud-jim-buurman-henk").orElseThrow();
            PseudonymList list = PseudonymList.of(List.of(new Pseudonym("Henk", "[JIM]"), new Pseudonym("Dennis", "[jongere]"),
                    new Pseudonym("Rob", "[JIM]")));
            String sem = project.transcripts().find("03-jongere-sem").orElseThrow().text();

            PseudonymPreview preview = project.pseudonyms().preview(list, henk.id());
            assertThat(preview.transcripts()).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo(henk.name()));
            project.pseudonyms().apply(list, henk.id(), "Lotte");

            Transcript after = project.transcripts().get(henk.id()).orElseThrow();
            assertThat(after.name()).isEqualTo("02-oud-jim-buurman-[JIM]");
            assertThat(list.matcher().find(after.text())).isEmpty();
            assertThat(after.turns()).extracting(Turn::speaker).contains("[JIM]").doesNotContain("Henk");
            // Other transcripts are not in scope.
            assertThat(project.transcripts().find("03-jongere-sem").orElseThrow().text()).isEqualTo(sem).contains("Rob");

            Path newFile = Files.writeString(dir.resolve("14-buurman-henk.txt"),
                    "Interview 14\n\nI: Hoe gaat het met Dennis?\n\nHenk: Goed. DENNIS belt elke week.\n\nI: En verder?\n\nHenk: Niks.\n");
            var report = project.importer().importFiles(List.of(newFile), nl.codewerk.transcript.ImportOptions.DEFAULT,
                    nl.codewerk.util.Progress.NONE);
            assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("pseudonym list was applied"));
            assertThat(report.imported()).singleElement().satisfies(i -> assertThat(i.name()).isEqualTo("14-buurman-[JIM]"));
            Transcript imported = project.transcripts().get(report.imported().getFirst().id()).orElseThrow();
            assertThat(imported.text()).startsWith("Interview 14\n\nI: Hoe gaat het met [jongere]?\n\n[JIM]: Goed. [jongere] belt elke week.");
            assertThat(imported.turns()).extracting(Turn::speaker).containsExactly(null, "I", "[JIM]", "I", "[JIM]");
            assertThat(imported.turnText(imported.turns().get(2))).isEqualTo("Goed. [jongere] belt elke week.");
        }
    }

    private static String text(Project project, Coding c) {
        return project.transcripts().get(c.transcriptId()).orElseThrow().text().substring(c.start(), c.end());
    }

    /** Per code: in how many turns both coders, only Lotte, only Daan, or neither applied it. */
    private static Map<String, TwoCoderCounts> agreement(Project project) {
        Map<String, TwoCoderCounts> out = new LinkedHashMap<>();
        List<Coding> codings = project.codings().list(CodingFilter.ALL);
        for (var code : project.codebook().codebook().inTreeOrder()) {
            int both = 0;
            int onlyA = 0;
            int onlyB = 0;
            int neither = 0;
            for (TranscriptSummary t : project.transcripts().list()) {
                for (Turn turn : project.transcripts().turns(t.id())) {
                    boolean a = codings.stream().anyMatch(c -> c.transcriptId() == t.id() && c.codeId().equals(code.id())
                            && c.coder().equals("Lotte") && turn.overlaps(c.start(), c.end()));
                    boolean b = codings.stream().anyMatch(c -> c.transcriptId() == t.id() && c.codeId().equals(code.id())
                            && c.coder().equals("Daan") && turn.overlaps(c.start(), c.end()));
                    if (a && b) {
                        both++;
                    } else if (a) {
                        onlyA++;
                    } else if (b) {
                        onlyB++;
                    } else {
                        neither++;
                    }
                }
            }
            out.put(code.id(), TwoCoderCounts.of(both, onlyA, onlyB, neither));
        }
        return out;
    }

    static Pattern wholeWord(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every text value in every table and column that still holds a name (except the saved list itself). */
    static List<String> occurrences(Path file, Project open) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        if (table.equals("project_info") && PseudonymiseService.SAVED_KEY.equals(rs.getString(1))) {
                            continue;
                        }
                        for (int i = 1; i <= columns; i++) {
                            String value = rs.getString(i);
                            for (String name : NAMES.keySet()) {
                                if (value != null && wholeWord(name).matcher(value).find()) {
                                    found.add(table + "." + rs.getMetaData().getColumnName(i) + ": " + name);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
