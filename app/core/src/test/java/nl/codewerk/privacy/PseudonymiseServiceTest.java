package nl.codewerk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.codewerk.cases.AttributeType;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.project.ChangeEvent;
import nl.codewerk.project.ProjectException;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.transcript.Turn;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymiseServiceTest {

    @TempDir
    Path dir;

    private static PseudonymList list(String... pairs) {
        List<Pseudonym> out = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(new Pseudonym(pairs[i], pairs[i + 1]));
        }
        return PseudonymList.of(out);
    }

    /** Two people who get the same placeholder stay two speakers, and two cases stay two cases. */
    @Test
    void peopleGivenTheSamePlaceholderStayApart() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = TempProjects.addTranscript(project, "duo", "Hoe gaat het?", "Goed.");
            project.database().unrecorded("setup", tx -> {
                tx.connection().createStatement().executeUpdate("UPDATE turns SET speaker = 'Karin' WHERE ordinal = 0");
                tx.connection().createStatement().executeUpdate("UPDATE turns SET speaker = 'Anja' WHERE ordinal = 1");
                long karin = project.cases().ensureCase(tx, "Karin");
                long anja = project.cases().ensureCase(tx, "Anja");
                project.cases().linkSpeaker(tx, t, "Karin", karin);
                project.cases().linkSpeaker(tx, t, "Anja", anja);
                var place = project.cases().ensureAttribute(tx, "woonplaats", AttributeType.TEXT);
                project.cases().setValue(tx, karin, place, "Utrecht");
                return null;
            });

            project.pseudonyms().apply(list("Karin", "[moeder]", "Anja", "[moeder]", "Utrecht", "[stad]"), null, "Lotte");

            assertThat(project.transcripts().turns(t)).extracting(Turn::speaker).containsExactly("[moeder]", "[moeder] (2)");
            assertThat(project.cases().speakerCases(t)).containsOnlyKeys("[moeder]", "[moeder] (2)");
            assertThat(project.cases().cases()).extracting(c -> c.name()).containsExactlyInAnyOrder("[moeder]", "[moeder] (2)");
            assertThat(project.cases().cases()).anySatisfy(c -> assertThat(c.attributes()).containsEntry("woonplaats", "[stad]"));
        }
    }

    @Test
    void oneTranscriptTouchesItsOwnMemosCommentsAndCasesOnly() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long mine = TempProjects.addTranscript(project, "gesprek Sanne", "Hoe gaat het met Sanne?", "Sanne is blij.");
            long other = TempProjects.addTranscript(project, "ander gesprek", "En Sanne?");
            String pos = project.codebook().codebook().resolve("Ervaring/Positief").orElseThrow().id();
            Coding coding = project.codings().apply(mine, project.transcripts().get(mine).orElseThrow().text().indexOf("Sanne is"),
                    project.transcripts().get(mine).orElseThrow().text().length(), pos, "Lotte");
            project.codings().comment(coding.id(), "Sanne lacht", "Lotte");
            project.memos().add(MemoTarget.coding(coding.id()), null, "over Sanne", "Lotte");
            project.memos().add(MemoTarget.transcript(other), null, "ook Sanne", "Lotte");
            project.memos().add(MemoTarget.PROJECT, null, "Sanne overal", "Lotte");
            project.database().unrecorded("case", tx -> {
                project.transcripts().setCase(tx, mine, project.cases().ensureCase(tx, "Sanne"));
                return null;
            });

            project.pseudonyms().apply(list("Sanne", "[jongere]"), mine, "Lotte");

            Transcript t = project.transcripts().get(mine).orElseThrow();
            assertThat(t.name()).isEqualTo("gesprek [jongere]");
            assertThat(t.fileName()).isEqualTo("gesprek [jongere].txt");
            assertThat(t.text()).doesNotContain("Sanne");
            Coding moved = project.codings().get(coding.id()).orElseThrow();
            assertThat(t.text().substring(moved.start(), moved.end())).isEqualTo("[jongere] is blij.");
            assertThat(moved.comment()).isEqualTo("[jongere] lacht");
            assertThat(project.memos().on(MemoTarget.coding(coding.id()))).extracting(m -> m.text()).containsExactly("over [jongere]");
            assertThat(project.memos().on(MemoTarget.transcript(other))).extracting(m -> m.text()).containsExactly("ook Sanne");
            assertThat(project.memos().on(MemoTarget.PROJECT)).extracting(m -> m.text()).containsExactly("Sanne overal");
            assertThat(project.transcripts().get(other).orElseThrow().text()).contains("Sanne");
            assertThat(project.cases().cases()).extracting(c -> c.name()).contains("[jongere]");
        }
    }

    @Test
    void wholeProjectReachesTheCodebookAndTheProjectName() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            String contact = project.codebook().codebook().resolve("Contact").orElseThrow().id();
            project.database().unrecorded("describe", tx -> {
                tx.update("codes", contact, java.util.Map.of("example", "Ik bel Sanne elke dag"));
                return null;
            });
            project.database().setInfo("name", "Studie Sanne");
            List<ChangeEvent> events = new java.util.ArrayList<>();
            project.database().addListener(events::add);

            var report = project.pseudonyms().apply(list("Sanne", "[jongere]"), null, "Lotte");

            assertThat(project.codebook().codebook().resolve("Contact").orElseThrow().example()).isEqualTo("Ik bel [jongere] elke dag");
            assertThat(project.name()).isEqualTo("Studie [jongere]");
            assertThat(report.changed().countsByWhere()).containsEntry(PseudonymPreview.Where.CODEBOOK, 1)
                    .containsEntry(PseudonymPreview.Where.PROJECT_NAME, 1);
            assertThat(report.changed().countsByOriginal()).containsEntry("Sanne", 2);
            assertThat(events).anySatisfy(e -> assertThat(e.tables()).contains("codes", "project_info", "undo_log"));
        }
    }

    @Test
    void refusesWhatItCannotDo() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = TempProjects.addTranscript(project, "t", "Sanne");
            assertThatThrownBy(() -> project.pseudonyms().apply(PseudonymList.EMPTY, null, "x")).isInstanceOf(PseudonymException.class)
                    .hasMessageContaining("empty");
            assertThatThrownBy(() -> project.pseudonyms().preview(list("Sanne", "[x]"), t + 10)).isInstanceOf(PseudonymException.class)
                    .hasMessageContaining("No transcript");
            // A new list that would make the saved one keep a name is refused before anything changes.
            project.pseudonyms().apply(list("Sanne", "[jongere]"), null, "x");
            assertThatThrownBy(() -> project.pseudonyms().apply(list("jongere", "[Sanne]"), null, "x"))
                    .isInstanceOf(PseudonymException.class);
            assertThat(project.transcripts().get(t).orElseThrow().text()).isEqualTo("I: [jongere]");
        }
        try (Project readOnly = Project.openReadOnly(dir.resolve("test.cwk"))) {
            assertThatThrownBy(() -> readOnly.pseudonyms().apply(list("Bas", "[x]"), null, "x")).isInstanceOf(ProjectException.class);
            assertThat(readOnly.pseudonyms().saved().entries()).extracting(Pseudonym::original).containsExactly("Sanne");
        }
    }

    @Test
    void candidatesComeFromCapitalsMidSentenceSpeakersAndTheSheet() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = TempProjects.addTranscript(project, "t", "Was Sanne er ook bij?",
                    "Ja. Sanne en Bas, in Utrecht. Nee, de JIM en de JIMs niet. \"Nee\" zei ze, nee.");
            project.database().unrecorded("setup", tx -> {
                tx.connection().createStatement().executeUpdate("UPDATE turns SET speaker = 'Petra' WHERE ordinal = 1");
                long c = project.cases().ensureCase(tx, "casus Yara");
                project.transcripts().setCase(tx, t, c);
                var a = project.cases().ensureAttribute(tx, "mentor", AttributeType.TEXT);
                project.cases().setValue(tx, c, a, "tante Mies");
                return null;
            });
            List<PseudonymCandidates.Candidate> found = PseudonymCandidates.propose(project.transcripts(), project.cases(),
                    list("Bas", "[broer]"));
            assertThat(found).extracting(PseudonymCandidates.Candidate::word).containsExactly("Sanne", "Utrecht", "Mies", "Petra", "Yara");
            assertThat(found.getFirst().count()).as("\"Ja. Sanne\" starts a sentence").isEqualTo(1);
            assertThat(found).filteredOn(c -> c.word().equals("Petra")).singleElement()
                    .satisfies(c -> assertThat(c.sources()).containsExactly(PseudonymCandidates.Source.SPEAKER));
        }
    }
}
