package nl.codewerk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.codewerk.cases.Case;
import nl.codewerk.codebook.CodebookFile;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.memo.Memo;
import nl.codewerk.project.ProjectException;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoProjectTest {

    private static final String ROOT = "/nl/codewerk/demo/";

    @TempDir
    Path dir;

    private static DemoProject demo(String folder) {
        return new DemoProject(DemoProjectTest::testCodebook, ROOT + folder + "/");
    }

    static CodebookFile testCodebook() {
        try (InputStream in = DemoProjectTest.class.getResourceAsStream(ROOT + "codebook.json")) {
            return CodebookFile.read(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void codingsLandOnTheQuotedText() {
        DemoProject.Result result = demo("samples").buildAt(dir.resolve("demo.cwk"), Progress.NONE);

        assertThat(result).isEqualTo(new DemoProject.Result(dir.resolve("demo.cwk").toAbsolutePath(), 2, 4, 3));
        try (Project project = Project.openReadOnly(dir.resolve("demo.cwk"))) {
            Transcript een = project.transcripts().find("gesprek-een").orElseThrow();
            Transcript twee = project.transcripts().find("gesprek-twee").orElseThrow();
            List<String> coded = project.codings().list(CodingFilter.ALL).stream()
                    .map(c -> c.coder() + " " + c.codeId() + " " + text(c.transcriptId() == een.id() ? een : twee, c))
                    .toList();
            assertThat(coded).containsExactlyInAnyOrder(
                    "Lotte proef.contact.wel We bellen elke week",
                    "Daan proef.contact.wel soms vaker",
                    "Lotte proef.steun Dan staat mijn oom klaar",
                    "Lotte proef.contact.geen we hebben elkaar uit het oog verloren");
            Coding week = project.codings().list(CodingFilter.transcript(een.id()).withCoder("Lotte").withCode("proef.contact.wel")).getFirst();
            assertThat(week.start()).as("first of the two occurrences").isEqualTo(een.text().indexOf("We bellen elke week"));
        }
    }

    @Test
    void memosAndParticipantsAreAttached() {
        demo("samples").buildAt(dir.resolve("demo.cwk"), Progress.NONE);

        try (Project project = Project.openReadOnly(dir.resolve("demo.cwk"))) {
            long twee = project.transcripts().find("gesprek-twee").orElseThrow().id();
            assertThat(project.memos().list()).extracting(m -> m.target().spec(), Memo::title, Memo::author).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("project", null, "Codewerk"),
                    org.assertj.core.groups.Tuple.tuple("transcript:" + twee, "Afloop", "Codewerk"),
                    org.assertj.core.groups.Tuple.tuple("code:proef.steun", null, "Daan"));
            Map<String, Map<String, Object>> cases = project.cases().cases().stream()
                    .collect(Collectors.toMap(Case::name, Case::attributes));
            assertThat(cases.get("gesprek-een")).containsEntry("leeftijd", 19L).containsEntry("nog contact", true);
            assertThat(project.codebook().relations()).hasSize(1);
            assertThat(project.name()).isEqualTo("demo");
        }
    }

    @Test
    void withoutIndexTheTranscriptsComeFromTheCodings() {
        DemoProject.Result result = demo("no-index").buildAt(dir.resolve("demo.cwk"), Progress.NONE);

        assertThat(result.transcripts()).isEqualTo(1);
        assertThat(result.codings()).isEqualTo(1);
    }

    @Test
    void aQuoteThatIsNotThereFailsAndLeavesNothingBehind() throws IOException {
        assertThatThrownBy(() -> demo("bad-quote").buildAt(dir.resolve("demo.cwk"), Progress.NONE))
                .isInstanceOf(DemoException.class)
                .hasMessageContaining("dit staat er niet")
                .hasMessageContaining("gesprek-twee");

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void refusesToOverwrite() throws IOException {
        Path existing = Files.writeString(dir.resolve("demo.cwk"), "mine");

        assertThatThrownBy(() -> demo("samples").buildAt(existing, Progress.NONE)).isInstanceOf(ProjectException.class);
        assertThat(Files.readString(existing)).isEqualTo("mine");
    }

    @Test
    void missingContentIsNamed() {
        assertThatThrownBy(() -> demo("nothing-here").buildAt(dir.resolve("demo.cwk"), Progress.NONE))
                .isInstanceOf(DemoException.class)
                .hasMessageContaining("demo-coding.json");
    }

    /** The real demo, once the sample transcripts and the JIM codebook are part of the build. */
    @Test
    void theBundledDemoBuilds() {
        assumeTrue(DemoProject.available(), "sample transcripts not in this build yet");
        assumeTrue(DemoProjectTest.class.getResource("/codewerk/codebook/jim-codebook.json") != null, "JIM codebook not in this build yet");

        DemoProject.Result result = DemoProject.build(dir.resolve("demo.cwk"), Progress.NONE);

        assertThat(result.transcripts()).isPositive();
        assertThat(result.codings()).isPositive();
        try (Project project = Project.openReadOnly(result.file())) {
            assertThat(project.transcripts().count()).isEqualTo(result.transcripts());
            assertThat(project.codings().count()).isEqualTo(result.codings());
        }
    }

    private static String text(Transcript transcript, Coding coding) {
        return transcript.text().substring(coding.start(), coding.end());
    }
}
