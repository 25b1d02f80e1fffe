package nl.codewerk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.codewerk.codebook.CodeLevel;
import nl.codewerk.codebook.CodebookException;
import nl.codewerk.codebook.CodebookFile;
import nl.codewerk.codebook.RelationType;
import nl.codewerk.testsupport.TempProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartCodebookTest {

    @TempDir
    Path dir;

    @Test
    void emptyMeansNoCodebook() {
        assertThat(StartCodebook.resolve("empty")).isNull();
    }

    @Test
    void readsACodebookFile() throws IOException {
        Path json = dir.resolve("eigen.json");
        try (InputStream in = getClass().getResourceAsStream("/nl/codewerk/demo/codebook.json")) {
            Files.copy(in, json);
        }

        CodebookFile file = StartCodebook.resolve(json.toString());

        assertThat(file.size()).isEqualTo(4);
    }

    @Test
    void copiesCodesAndRelationsOfAnotherProjectKeepingIds() {
        Path other = dir.resolve("other.cwk");
        try (Project project = Project.create(other, null)) {
            var parent = project.codebook().add(nl.codewerk.codebook.CodebookService.NewCode.named("Ervaring", null).withColor("#112233"), "t");
            var child = project.codebook().add(nl.codewerk.codebook.CodebookService.NewCode.named("Positief", parent.id()), "t");
            project.codebook().setLevel(parent.id(), CodeLevel.AXIAL, "t");
            project.codebook().relate(child.id(), parent.id(), RelationType.PART_OF, "hoort erbij", "t");
        }

        try (Project copy = Project.create(dir.resolve("copy.cwk"), StartCodebook.resolve(other.toString()))) {
            var book = copy.codebook().codebook();
            assertThat(book.inTreeOrder()).extracting(c -> c.id() + " " + c.name() + " " + c.level() + " " + c.color())
                    .containsExactly("user.ervaring Ervaring AXIAL #112233", "user.positief Positief OPEN #9E9E9E");
            assertThat(book.path("user.positief")).containsExactly("Ervaring", "Positief");
            assertThat(copy.codebook().relations()).singleElement()
                    .satisfies(r -> assertThat(r.type()).isEqualTo(RelationType.PART_OF))
                    .satisfies(r -> assertThat(r.memo()).isEqualTo("hoort erbij"));
        }
    }

    @Test
    void copyingReadsAProjectThatIsOpenElsewhere() {
        try (Project open = TempProjects.withSmallCodebook(dir)) {
            assertThat(StartCodebook.resolve(open.file().toString()).size()).isEqualTo(4);
        }
    }

    @Test
    void refusesWhatItCannotStartFrom() throws IOException {
        Files.writeString(dir.resolve("codes.qdc"), "<CodeBook/>");
        Files.writeString(dir.resolve("codes.txt"), "Contact");

        assertThatThrownBy(() -> StartCodebook.resolve(dir.resolve("codes.qdc").toString()))
                .isInstanceOf(CodebookException.class).hasMessageContaining("REFI");
        assertThatThrownBy(() -> StartCodebook.resolve(dir.resolve("codes.txt").toString()))
                .isInstanceOf(CodebookException.class).hasMessageContaining(".json");
        assertThatThrownBy(() -> StartCodebook.resolve("jimm"))
                .isInstanceOf(CodebookException.class).hasMessageContaining("jimm");
        assertThatThrownBy(() -> StartCodebook.resolve(dir.resolve("missing.json").toString()))
                .isInstanceOf(CodebookException.class).hasMessageContaining("missing.json");
    }
}
