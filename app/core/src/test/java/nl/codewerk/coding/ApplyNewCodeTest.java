package nl.codewerk.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In-vivo coding makes a code and a coding; the user sees one action, so undo takes both. */
class ApplyNewCodeTest {

    @TempDir
    Path dir;

    Project project;
    long transcript;

    @BeforeEach
    void setUp() {
        project = TempProjects.withSmallCodebook(dir);
        transcript = TempProjects.addTranscript(project, "Gesprek", "Hoe ging het?", "Ik had elke week contact met haar.");
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private CodingService.Span span(String words) {
        String text = project.transcripts().get(transcript).orElseThrow().text();
        int at = text.indexOf(words);
        return new CodingService.Span(transcript, at, at + words.length());
    }

    private long codesNamed(String name) {
        return project.codebook().codebook().inTreeOrder().stream().map(Code::name).filter(name::equals).count();
    }

    @Test
    void aNewCodeAndItsCodingAreOneStepToUndoAndRedo() {
        int entries = project.undoLog().history(100).size();
        Coding coding = project.codings().applyNewCode(span("elke week contact"), project.codebook(),
                CodebookService.NewCode.named("elke week contact", null).withColor("#336699"), "Lotte");

        Code code = project.codebook().codebook().get(coding.codeId()).orElseThrow();
        assertThat(code.name()).isEqualTo("elke week contact");
        assertThat(code.parentId()).isNull();
        assertThat(project.undoLog().history(100)).hasSize(entries + 1);
        assertThat(project.undoLog().nextUndo().orElseThrow().label()).contains("elke week contact");

        project.undoLog().undo();
        assertThat(codesNamed("elke week contact")).isZero();
        assertThat(project.codings().list(CodingFilter.transcript(transcript))).isEmpty();

        project.undoLog().redo();
        assertThat(codesNamed("elke week contact")).isEqualTo(1);
        assertThat(project.codings().list(CodingFilter.transcript(transcript))).extracting(Coding::codeId).containsExactly(code.id());
    }

    @Test
    void aTopLevelCodeOfThatNameIsReusedNotDuplicated() {
        Coding first = project.codings().applyNewCode(span("contact"), project.codebook(),
                CodebookService.NewCode.named("contact", null), "Lotte");
        Coding second = project.codings().applyNewCode(span("elke week"), project.codebook(),
                CodebookService.NewCode.named(" contact ", null), "Lotte");

        assertThat(second.codeId()).isEqualTo(first.codeId());
        assertThat(codesNamed("contact")).isEqualTo(1);
        // The same span again adds nothing and answers with the coding already there.
        Coding again = project.codings().applyNewCode(span("contact"), project.codebook(),
                CodebookService.NewCode.named("contact", null), "Lotte");
        assertThat(again.id()).isEqualTo(first.id());
    }
}
