package nl.codewerk.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.codewerk.codebook.Code;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndoLogTest {

    @TempDir
    Path dir;

    @Test
    void codingIsUndoneAndRedoneAcrossReopening() {
        long transcript;
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            transcript = TempProjects.addTranscript(project, "t1", "Hoe was het?", "Het was heel fijn om JIM te zijn.");
            Code positief = project.codebook().codebook().resolve("Ervaring/Positief").orElseThrow();
            project.codings().apply(transcript, 20, 30, positief.id(), "Lotte");
            assertThat(project.codings().list(CodingFilter.ALL)).hasSize(1);
        }
        // A second process (the command line) undoes what the first did.
        try (Project project = Project.open(dir.resolve("test.cwk"))) {
            assertThat(project.undoLog().undo()).isPresent();
            assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
        }
        try (Project project = Project.open(dir.resolve("test.cwk"))) {
            assertThat(project.undoLog().redo()).isPresent();
            assertThat(project.codings().list(CodingFilter.ALL)).singleElement()
                    .satisfies(c -> assertThat(c.coder()).isEqualTo("Lotte"));
            assertThat(project.undoLog().redo()).isEmpty();
        }
    }

    @Test
    void mergeIsOneUndoableAction() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = TempProjects.addTranscript(project, "t1", "Vraag", "Antwoord met woorden erin");
            var book = project.codebook().codebook();
            String pos = book.resolve("Ervaring/Positief").orElseThrow().id();
            String neg = book.resolve("Ervaring/Negatief").orElseThrow().id();
            project.codings().apply(t, 10, 17, pos, "A");
            project.codings().apply(t, 10, 17, neg, "A");
            project.codings().apply(t, 18, 22, neg, "A");
            project.memos().add(MemoTarget.code(neg), null, "twijfel", "A");

            var result = project.codebook().merge(neg, pos, "A");

            assertThat(result.collapsed()).isEqualTo(1);
            assertThat(result.moved()).isEqualTo(1);
            assertThat(project.codings().list(CodingFilter.ALL)).extracting(c -> c.codeId()).containsOnly(pos);
            assertThat(project.memos().on(MemoTarget.code(pos))).hasSize(1);

            project.undoLog().undo();
            assertThat(project.codebook().codebook().get(neg)).isPresent();
            assertThat(project.codings().list(CodingFilter.ALL.withCode(neg))).hasSize(2);
            assertThat(project.memos().on(MemoTarget.code(neg))).hasSize(1);
        }
    }

    @Test
    void newActionDropsTheRedoBranch() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            String contact = project.codebook().codebook().resolve("Contact").orElseThrow().id();
            project.codebook().rename(contact, "Wel contact", "A");
            project.undoLog().undo();
            project.codebook().recolor(contact, "#123456", "A");
            assertThat(project.undoLog().nextRedo()).isEmpty();
            assertThat(project.codebook().codebook().get(contact).orElseThrow().name()).isEqualTo("Contact");
        }
    }

    @Test
    void failedActionLeavesNothingBehind() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = TempProjects.addTranscript(project, "t1", "kort");
            String contact = project.codebook().codebook().resolve("Contact").orElseThrow().id();
            int before = project.undoLog().history(100).size();
            try {
                project.codings().applyAll(java.util.List.of(
                        new nl.codewerk.coding.CodingService.Span(t, 0, 2),
                        new nl.codewerk.coding.CodingService.Span(t, 0, 9999)), contact, "A", "autocode");
            } catch (RuntimeException expected) {
                // The second span is outside the text: the whole action must roll back.
            }
            assertThat(project.codings().list(CodingFilter.ALL)).isEmpty();
            assertThat(project.undoLog().history(100)).hasSize(before);
        }
    }
}
