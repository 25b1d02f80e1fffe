package nl.codewerk.agreement.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.codewerk.agreement.AgreementAnalysis;
import nl.codewerk.agreement.AgreementResult;
import nl.codewerk.agreement.Segment;
import nl.codewerk.agreement.UnitOfComparison;
import nl.codewerk.coding.CodingFilter;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.testsupport.CodedTranscripts;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsensusServiceTest {

    static final String T0 = "Hoe begon het?";
    static final String T1 = "Mijn tante belde. Ze vroeg of ik wilde helpen.";
    static final String T2 = "En daarna?";
    static final String T3 = "We zagen elkaar elke week. Dat hielp echt.";

    @TempDir
    Path dir;
    Project project;
    long interview;
    String text;
    String positief;
    String contact;
    DisagreementReview review;
    ConsensusService consensus;

    @BeforeEach
    void review() {
        project = TempProjects.withSmallCodebook(dir);
        interview = CodedTranscripts.add(project, "interview", T0, T1, T2, T3);
        text = project.transcripts().get(interview).orElseThrow().text();
        positief = project.codebook().codebook().require("Ervaring/Positief").id();
        contact = project.codebook().codebook().require("Contact").id();
        CodedTranscripts.code(project, interview, T1, positief, "Anna");
        CodedTranscripts.code(project, interview, "Dat hielp echt.", positief, "Anna");
        CodedTranscripts.code(project, interview, "We zagen elkaar elke week.", contact, "Anna");
        CodedTranscripts.code(project, interview, "Mijn tante belde.", positief, "Bram");
        CodedTranscripts.code(project, interview, T3, contact, "Bram");
        CodedTranscripts.code(project, interview, "begon", contact, "Bram");
        AgreementResult result = new AgreementAnalysis(project).run(new AgreementAnalysis.Request(List.of("Anna", "Bram"),
                UnitOfComparison.parse("turn"), List.of(), List.of()), Progress.NONE);
        review = DisagreementReview.of(project, result);
        consensus = new ConsensusService(project, null);
    }

    @AfterEach
    void close() {
        project.close();
    }

    List<String> consensusTexts(String codeId) {
        return project.codings().list(CodingFilter.ALL.withCoder("consensus").withCode(codeId)).stream()
                .map(c -> text.substring(c.start(), c.end())).toList();
    }

    ReviewItem item(String codeId) {
        return review.items(codeId).getFirst();
    }

    @Test
    void theReviewListsEachDisagreementWithItsText() {
        assertThat(review.items()).extracting(ReviewItem::codePath, ReviewItem::text, ReviewItem::codedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ervaring/Positief", T3, List.of("Anna")),
                org.assertj.core.groups.Tuple.tuple("Contact", T0, List.of("Bram")));
        assertThat(item(positief).transcriptName()).isEqualTo("interview");
    }

    @Test
    void agreementsAndDecisionsMakeTheConsensusCoder() {
        assertThat(consensus.adoptAgreements(review.result(), "Supervisor")).isEqualTo(2);
        // Agreed turns: the union of both coders' codings within the turn.
        assertThat(consensusTexts(positief)).containsExactly(T1);
        assertThat(consensusTexts(contact)).containsExactly(T3);

        ReviewLogEntry a = consensus.decide(item(positief), Decision.A, null, "Supervisor", "Anna heeft gelijk");
        assertThat(consensusTexts(positief)).containsExactly(T1, "Dat hielp echt.");
        ReviewLogEntry neither = consensus.decide(item(contact), Decision.NEITHER, null, "Supervisor", null);
        assertThat(consensusTexts(contact)).containsExactly(T3);

        assertThat(consensus.log()).containsExactly(a, neither);
        assertThat(a.decision()).isEqualTo(Decision.A);
        assertThat(a.decidedBy()).isEqualTo("Supervisor");
        assertThat(a.note()).isEqualTo("Anna heeft gelijk");
        assertThat(a.unit()).isEqualTo("turn");
        assertThat(List.of(a.coderA(), a.coderB(), a.consensus())).containsExactly("Anna", "Bram", "consensus");
        assertThat(text.substring(a.unitStart(), a.unitEnd())).isEqualTo(T3);
        assertThat(a.decidedAt()).isBeforeOrEqualTo(java.time.Instant.now());
        assertThat(consensus.referenceCoder()).contains("consensus");
    }

    @Test
    void aNewDecisionReplacesTheOldOneWithinTheUnit() {
        consensus.decide(item(positief), Decision.BOTH, null, "Supervisor", null);
        assertThat(consensusTexts(positief)).containsExactly("Dat hielp echt.");
        int at = text.indexOf("hielp echt");
        consensus.decide(item(positief), Decision.EDIT, List.of(new Segment(at, at + "hielp echt".length())), "Supervisor", "korter");
        assertThat(consensusTexts(positief)).containsExactly("hielp echt");
        assertThat(consensus.log().getLast().spans()).containsExactly(new Segment(at, at + "hielp echt".length()));
    }

    @Test
    void eachDecisionIsOneUndoableAction() {
        consensus.decide(item(positief), Decision.A, null, "Supervisor", null);
        consensus.decide(item(positief), Decision.NEITHER, null, "Supervisor", null);
        assertThat(consensusTexts(positief)).isEmpty();
        project.undoLog().undo();
        assertThat(consensusTexts(positief)).containsExactly("Dat hielp echt.");
        assertThat(consensus.log()).extracting(ReviewLogEntry::decision).containsExactly(Decision.A);
    }

    @Test
    void consensusCodingsReachingOutOfTheUnitAreCutBack() {
        int from = text.indexOf("daarna");
        int to = text.indexOf("elkaar") + "elkaar".length();
        project.codings().apply(interview, from, to, positief, "consensus");
        consensus.decide(item(positief), Decision.NEITHER, null, "Supervisor", null);
        assertThat(consensusTexts(positief)).containsExactly(text.substring(from, text.indexOf(T3)));
    }

    @Test
    void refusals() {
        int start = item(positief).start();
        assertThatThrownBy(() -> consensus.decide(item(positief), Decision.EDIT, List.of(new Segment(0, start + 2)), "S", null))
                .isInstanceOf(LocalizedException.class)
                .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("review.editOutsideUnit"));
        assertThatThrownBy(() -> consensus.decide(item(positief), Decision.EDIT, List.of(), "S", null))
                .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("review.editNeedsSpans"));
        assertThatThrownBy(() -> new ConsensusService(project, "Anna").decide(item(positief), Decision.A, null, "S", null))
                .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("review.consensusIsCompared"));
        assertThat(consensus.log()).isEmpty();
    }
}
