package nl.codewerk.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookServiceTest {

    @TempDir
    Path dir;

    @Test
    void addRenameMoveRecolourAndLevelAreEachUndoable() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            CodebookService codebook = project.codebook();
            Code taken = codebook.add(CodebookService.NewCode.named("Taken", null).withLevel(CodeLevel.OPEN).withColor("#aabbcc"), "A");
            assertThat(taken.id()).isEqualTo("user.taken");
            assertThat(taken.color()).isEqualTo("#AABBCC");

            String ervaring = codebook.codebook().resolve("Ervaring").orElseThrow().id();
            codebook.rename(taken.id(), "Taken JIM", "A");
            codebook.move(taken.id(), ervaring, "A");
            codebook.recolor(taken.id(), "#112233", "A");
            codebook.setLevel(taken.id(), CodeLevel.AXIAL, "A");
            assertThat(codebook.codebook().path(taken.id())).containsExactly("Ervaring", "Taken JIM");

            for (int i = 0; i < 4; i++) {
                project.undoLog().undo();
            }
            Code back = codebook.codebook().get(taken.id()).orElseThrow();
            assertThat(back.name()).isEqualTo("Taken");
            assertThat(back.parentId()).isNull();
            assertThat(back.color()).isEqualTo("#AABBCC");
            assertThat(back.level()).isEqualTo(CodeLevel.OPEN);
        }
    }

    @Test
    void moveUnderItsOwnChildIsRefused() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            Codebook book = project.codebook().codebook();
            String ervaring = book.resolve("Ervaring").orElseThrow().id();
            String positief = book.resolve("Ervaring/Positief").orElseThrow().id();
            assertThatThrownBy(() -> project.codebook().move(ervaring, positief, "A")).isInstanceOf(CodebookException.class);
        }
    }

    @Test
    void deleteRemovesTheSubtreeWithItsCodingsAndUndoBringsAllBack() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = TempProjects.addTranscript(project, "t", "vraag", "een antwoord over ervaringen");
            Codebook book = project.codebook().codebook();
            String ervaring = book.resolve("Ervaring").orElseThrow().id();
            String positief = book.resolve("Ervaring/Positief").orElseThrow().id();
            String contact = book.resolve("Contact").orElseThrow().id();
            project.codings().apply(t, 10, 20, positief, "A");
            project.codebook().relate(positief, contact, RelationType.CONDITION, "waarom", "A");

            int removed = project.codebook().delete(ervaring, "A");

            assertThat(removed).isEqualTo(1);
            assertThat(project.codebook().codebook().size()).isEqualTo(1);
            assertThat(project.codebook().relations()).isEmpty();
            project.undoLog().undo();
            assertThat(project.codebook().codebook().size()).isEqualTo(4);
            assertThat(project.codings().list(CodingFilter.ALL)).hasSize(1);
            assertThat(project.codebook().relations()).singleElement().satisfies(r -> assertThat(r.memo()).isEqualTo("waarom"));
        }
    }

    @Test
    void onlyOneCoreCategoryAtATime() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            Codebook book = project.codebook().codebook();
            String ervaring = book.resolve("Ervaring").orElseThrow().id();
            String contact = book.resolve("Contact").orElseThrow().id();
            project.codebook().markCore(ervaring, "A");
            project.codebook().markCore(contact, "A");
            assertThat(project.codebook().codebook().inTreeOrder()).filteredOn(Code::core).extracting(Code::id).containsExactly(contact);
            assertThat(project.codebook().codebook().get(contact).orElseThrow().level()).isEqualTo(CodeLevel.SELECTIVE);
        }
    }

    @Test
    void ambiguousNameAsksForThePath() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            String contact = project.codebook().codebook().resolve("Contact").orElseThrow().id();
            project.codebook().add(CodebookService.NewCode.named("Positief", contact), "A");
            assertThatThrownBy(() -> project.codebook().codebook().resolve("Positief"))
                    .isInstanceOf(CodebookException.class).hasMessageContaining("Parent/Code");
            assertThat(project.codebook().codebook().resolve("Contact/Positief")).isPresent();
        }
    }
}
