package nl.codewerk.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledCodebookTest {

    @TempDir
    Path dir;

    @Test
    void jimCodebookHoldsTheWholeSchemeWithDefinitionsAndColours() {
        try (Project project = Project.create(dir.resolve("jim.cwk"), CodebookFile.bundled("jim"))) {
            Codebook book = project.codebook().codebook();

            assertThat(book.size()).isEqualTo(41);
            assertThat(book.roots()).extracting(Code::name).containsExactly("Betekenisgeving", "Duurzaamheid van de relatie",
                    "Kwaliteit van de relatie", "Huidige situatie jongere", "Ondersteuning hulpverlening", "Overig");
            Code positief = book.resolve("Betekenisgeving/Betekenis voor de JIM/Ervaring/Positieve ervaring\\/mening").orElseThrow();
            assertThat(positief.id()).isEqualTo("jim.betekenisgeving.jim.ervaring.positief");
            assertThat(positief.level()).isEqualTo(CodeLevel.OPEN);
            assertThat(book.get("jim.kwaliteit").orElseThrow().level()).isEqualTo(CodeLevel.AXIAL);
            Set<String> colours = new HashSet<>();
            for (Code code : book.inTreeOrder()) {
                assertThat(code.definition()).as(code.id()).isNotBlank();
                assertThat(code.whenToUse()).as(code.id()).isNotBlank();
                assertThat(code.whenNotToUse()).as(code.id()).isNotBlank();
                assertThat(code.example()).as(code.id()).isNotBlank();
                assertThat(code.nameEn()).as(code.id()).isNotBlank();
                assertThat(code.color()).matches("#[0-9A-F]{6}");
                colours.add(code.color());
            }
            assertThat(colours).hasSize(41);
            assertThat(project.codebook().relations()).hasSizeGreaterThanOrEqualTo(8);
            // The core category is a proposal in a memo, not a decision made for the researcher.
            assertThat(book.inTreeOrder()).noneMatch(Code::core);
            assertThat(project.memos().list()).anyMatch(m -> m.target().kind() == MemoTarget.Kind.CODE);
        }
    }

    @Test
    void collaborationCodebookCanBeAddedBesideTheJimCodebook() {
        try (Project project = Project.create(dir.resolve("both.cwk"), CodebookFile.bundled("jim"))) {
            int added = project.database().unrecorded("codebook",
                    tx -> new CodebookLoader(project.codebook()).load(tx, CodebookFile.bundled("samenwerking")));
            assertThat(added).isEqualTo(CodebookFile.bundled("samenwerking").size());
            assertThat(project.codebook().codebook().size()).isEqualTo(41 + added);
            int again = project.database().unrecorded("codebook",
                    tx -> new CodebookLoader(project.codebook()).load(tx, CodebookFile.bundled("samenwerking")));
            assertThat(again).isZero();
        }
    }
}
