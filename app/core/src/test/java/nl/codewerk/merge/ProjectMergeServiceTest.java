package nl.codewerk.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.coding.Coding;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.testsupport.CodedTranscripts;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor hands Bram a package, Bram codes it, the supervisor merges his work back. */
class ProjectMergeServiceTest {

    static final String[] TURNS = {"Hoe begon het?", "Mijn tante belde. Ze vroeg of ik wilde helpen.", "En daarna?",
            "We zagen elkaar elke week. Dat hielp echt."};

    @TempDir
    Path dir;
    Project supervisor;
    long interview;
    String positief;
    String contact;
    Path bramFile;

    @BeforeEach
    void handOutAPackage() throws Exception {
        Files.createDirectories(dir.resolve("supervisor"));
        supervisor = TempProjects.withSmallCodebook(dir.resolve("supervisor"));
        interview = CodedTranscripts.add(supervisor, "interview", TURNS);
        positief = supervisor.codebook().codebook().require("Ervaring/Positief").id();
        contact = supervisor.codebook().codebook().require("Contact").id();
        CodedTranscripts.code(supervisor, interview, TURNS[1], positief, "Anna");
        bramFile = dir.resolve("bram.cwk");
        CoderPackage made = new CoderPackageService(supervisor).export(bramFile, null);
        assertThat(made.codings()).isZero();
        assertThat(made.transcripts()).isEqualTo(1);
    }

    @AfterEach
    void close() {
        supervisor.close();
    }

    /** Bram codes his copy: two codings, one of them with a code he added himself. */
    private void bramCodes() {
        try (Project bram = Project.open(bramFile)) {
            long his = bram.transcripts().find("interview").orElseThrow().id();
            CodedTranscripts.code(bram, his, "Mijn tante belde.", positief, "Bram");
            CodedTranscripts.code(bram, his, TURNS[3], contact, "Bram");
            String ervaring = bram.codebook().codebook().require("Ervaring").id();
            String twijfel = bram.codebook().add(CodebookService.NewCode.named("Twijfel", ervaring), "Bram").id();
            CodedTranscripts.code(bram, his, "En daarna?", twijfel, "Bram");
        }
    }

    private MergeReport merge() {
        return new ProjectMergeService(supervisor).merge(bramFile, "supervisor");
    }

    @Test
    void codingsArriveUnderTheCodersNameAndASecondMergeAddsNothing() {
        bramCodes();
        MergeReport first = merge();
        assertThat(first.added()).isEqualTo(3);
        assertThat(first.skipped()).isZero();
        assertThat(first.conflicts()).isEmpty();
        assertThat(first.codesAdded()).containsExactly("Ervaring/Twijfel");
        assertThat(first.addedPerCoder()).containsEntry("Bram", 3);
        List<Coding> brams = supervisor.codings().list(CodingFilter.ALL.withCoder("Bram"));
        String text = supervisor.transcripts().get(interview).orElseThrow().text();
        assertThat(brams).extracting(c -> text.substring(c.start(), c.end()))
                .containsExactlyInAnyOrder("Mijn tante belde.", TURNS[3], "En daarna?");
        assertThat(supervisor.codebook().codebook().resolve("Ervaring/Twijfel")).isPresent();

        int codings = supervisor.codings().count();
        MergeReport second = merge();
        assertThat(second.added()).isZero();
        assertThat(second.skipped()).isEqualTo(3);
        assertThat(second.codesAdded()).isEmpty();
        assertThat(supervisor.codings().count()).isEqualTo(codings);
    }

    @Test
    void aMergeIsOneUndoableAction() {
        bramCodes();
        merge();
        assertThat(supervisor.undoLog().nextUndo()).hasValueSatisfying(e -> assertThat(e.label()).contains("bram.cwk"));
        supervisor.undoLog().undo();
        assertThat(supervisor.codings().list(CodingFilter.ALL.withCoder("Bram"))).isEmpty();
        assertThat(supervisor.codebook().codebook().resolve("Ervaring/Twijfel")).isEmpty();
    }

    @Test
    void conflictsAreListedAndTheirCodingsLeftOut() {
        try (Project bram = Project.open(bramFile)) {
            long his = bram.transcripts().find("interview").orElseThrow().id();
            CodedTranscripts.code(bram, his, "Mijn tante belde.", positief, "Bram");
            bram.codebook().rename(contact, "Contacten", "Bram");
            CodedTranscripts.code(bram, his, TURNS[3], contact, "Bram");
            long extra = CodedTranscripts.add(bram, "extra", "Een vraag?", "Een antwoord dat alleen Bram heeft.");
            CodedTranscripts.code(bram, extra, "Een antwoord", positief, "Bram");
        }
        MergeReport report = merge();
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.conflicts()).extracting(MergeConflict::kind, MergeConflict::subject, MergeConflict::codings)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(MergeConflict.CODE_RENAMED, contact, 1),
                        org.assertj.core.groups.Tuple.tuple(MergeConflict.TRANSCRIPT_MISSING, "extra", 1));
        MergeConflict renamed = report.conflicts().stream().filter(c -> c.kind().equals(MergeConflict.CODE_RENAMED)).findFirst().orElseThrow();
        assertThat(renamed.here()).isEqualTo("Contact");
        assertThat(renamed.there()).isEqualTo("Contacten");
        assertThat(renamed.message()).contains("Contacten").contains("bram.cwk");
        // Nothing was guessed: the supervisor's code keeps its name and got no codings from Bram.
        assertThat(supervisor.codebook().codebook().get(contact).orElseThrow().name()).isEqualTo("Contact");
        assertThat(supervisor.codings().list(CodingFilter.ALL.withCoder("Bram").withCode(contact))).isEmpty();
        // Conflicts stay listed on a second run, which still adds nothing.
        MergeReport again = merge();
        assertThat(again.added()).isZero();
        assertThat(again.conflicts()).hasSize(2);
    }

    @Test
    void codesAreMatchedByNamePathWhenTheirIdsDiffer() throws Exception {
        Path other = dir.resolve("cees.cwk");
        try (Project cees = Project.create(other, null)) {
            var ervaring = cees.codebook().add(CodebookService.NewCode.named("Ervaring", null), "Cees");
            var pos = cees.codebook().add(new CodebookService.NewCode("cees.positief", ervaring.id(), "Positief", null, null, null,
                    null, null, null, null), "Cees");
            long t = CodedTranscripts.add(cees, "interview", TURNS);
            CodedTranscripts.code(cees, t, "Dat hielp echt.", pos.id(), "Cees");
        }
        MergeReport report = new ProjectMergeService(supervisor).merge(other, "supervisor");
        assertThat(report.conflicts()).isEmpty();
        assertThat(report.codesAdded()).isEmpty();
        assertThat(supervisor.codings().list(CodingFilter.ALL.withCoder("Cees"))).singleElement()
                .satisfies(c -> assertThat(c.codeId()).isEqualTo(positief));
    }

    @Test
    void aPackageWithTheCodersCodingsMergesBackAsNothingNew() {
        Path annaFile = dir.resolve("anna.cwk");
        CoderPackage made = new CoderPackageService(supervisor).export(annaFile, "Anna");
        assertThat(made.codings()).isEqualTo(1);
        try (Project anna = Project.openReadOnly(annaFile)) {
            assertThat(anna.codings().coders()).containsExactly("Anna");
            assertThat(anna.codebook().codebook().size()).isEqualTo(supervisor.codebook().codebook().size());
            assertThat(anna.cases().cases()).extracting(c -> c.name()).containsExactly("interview");
        }
        MergeReport report = new ProjectMergeService(supervisor).merge(annaFile, "supervisor");
        assertThat(report.added()).isZero();
        assertThat(report.skipped()).isEqualTo(1);
    }

    @Test
    void refusesToMergeAProjectIntoItselfOrAnUnknownCoder() {
        assertThatThrownBy(() -> new ProjectMergeService(supervisor).merge(supervisor.file(), "supervisor"))
                .isInstanceOf(LocalizedException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> new CoderPackageService(supervisor).export(dir.resolve("x.cwk"), "Nobody"))
                .isInstanceOf(LocalizedException.class).hasMessageContaining("Nobody");
        assertThat(dir.resolve("x.cwk")).doesNotExist();
    }
}
