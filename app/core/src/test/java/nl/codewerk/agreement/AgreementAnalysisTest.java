package nl.codewerk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.testsupport.CodedTranscripts;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made codings of two codes by Anna and Bram in one transcript of four turns, with the
 * counts worked out by hand for every unit of comparison.
 */
class AgreementAnalysisTest {

    static final String T0 = "Hoe begon het?";
    static final String T1 = "Mijn tante belde. Ze vroeg of ik wilde helpen.";
    static final String T2 = "En daarna?";
    static final String T3 = "We zagen elkaar elke week. Dat hielp echt.";

    @TempDir
    Path dir;
    Project project;
    long interview;
    String positief;
    String contact;

    @BeforeEach
    void codeTheInterview() {
        project = TempProjects.withSmallCodebook(dir);
        interview = CodedTranscripts.add(project, "interview", T0, T1, T2, T3);
        positief = project.codebook().codebook().require("Ervaring/Positief").id();
        contact = project.codebook().codebook().require("Contact").id();
        // Anna: Positief on all of turn 1 and on the second sentence of turn 3; Contact on the first sentence of turn 3.
        code(interview, T1, positief, "Anna");
        code(interview, "Dat hielp echt.", positief, "Anna");
        code(interview, "We zagen elkaar elke week.", contact, "Anna");
        // Bram: Positief on the first sentence of turn 1; Contact on all of turn 3 and a word of turn 0.
        code(interview, "Mijn tante belde.", positief, "Bram");
        code(interview, T3, contact, "Bram");
        code(interview, "begon", contact, "Bram");
    }

    @AfterEach
    void close() {
        project.close();
    }

    void code(long transcriptId, String words, String codeId, String coder) {
        CodedTranscripts.code(project, transcriptId, words, codeId, coder);
    }

    AgreementResult run(String unit, List<String> coders) {
        return new AgreementAnalysis(project).run(
                new AgreementAnalysis.Request(coders, UnitOfComparison.parse(unit), List.of(), List.of()), Progress.NONE);
    }

    AgreementResult run(String unit) {
        return run(unit, List.of("Anna", "Bram"));
    }

    static void assertCounts(AgreementRow row, long both, long onlyA, long onlyB, long neither) {
        assertThat(List.of(row.counts().both(), row.counts().onlyA(), row.counts().onlyB(), row.counts().neither()))
                .as(row.codePath() == null ? "pooled" : row.codePath()).containsExactly(both, onlyA, onlyB, neither);
        assertThat(row.counts().units()).isEqualTo(both + onlyA + onlyB + neither);
    }

    @Test
    void turns() {
        AgreementResult result = run("turn");
        assertThat(result.codes()).extracting(AgreementRow::codeId).containsExactly(positief, contact);
        // Positief: turn 1 both, turn 3 only Anna, turns 0 and 2 neither.
        assertCounts(result.row(positief), 1, 1, 0, 2);
        // Contact: turn 3 both, turn 0 only Bram ("begon"), turns 1 and 2 neither.
        assertCounts(result.row(contact), 1, 0, 1, 2);
        assertCounts(result.pooled(), 2, 1, 1, 4);
        // Pooled kappa from a=2, b=1, c=1, d=4: 2(ad - bc) / ((a+b)(b+d) + (a+c)(c+d)) = 14/30.
        assertThat(result.pooled().value(AgreementMeasure.COHEN).valueOrNull()).isCloseTo(14.0 / 30, within(1e-12));
        assertThat(result.pooled().value(AgreementMeasure.PERCENT).valueOrNull()).isCloseTo(0.75, within(1e-12));
        assertThat(result.pooled().codes()).isEqualTo(2);
        assertThat(result.row(positief).codePath()).isEqualTo("Ervaring/Positief");
        String text = project.transcripts().get(interview).orElseThrow().text();
        assertThat(result.disagreements()).extracting(d -> text.substring(d.start(), d.end()))
                .containsExactly(T3, T0);
        assertThat(result.disagreements().getFirst().codedBy(result.coders())).containsExactly("Anna");
        assertThat(result.disagreements().get(1).codedBy(result.coders())).containsExactly("Bram");
        assertThat(result.agreements()).extracting(d -> text.substring(d.start(), d.end())).containsExactly(T1, T3);
    }

    @Test
    void sentences() {
        AgreementResult result = run("sentence");
        // Six sentences. Positief: "Mijn tante belde." both; "Ze vroeg..." and "Dat hielp echt." only Anna.
        assertCounts(result.row(positief), 1, 2, 0, 3);
        // Contact: "We zagen..." both; "Dat hielp echt." and "Hoe begon het?" only Bram.
        assertCounts(result.row(contact), 1, 0, 2, 3);
    }

    @Test
    void paragraphsAreTheTurnsWhenEachParagraphIsOneTurn() {
        AgreementResult turns = run("turn");
        AgreementResult paragraphs = run("paragraph");
        assertCounts(paragraphs.row(positief), 1, 1, 0, 2);
        assertCounts(paragraphs.row(contact), 1, 0, 1, 2);
        assertThat(paragraphs.pooled().values()).isEqualTo(turns.pooled().values());
    }

    @Test
    void characters() {
        AgreementResult result = run("char");
        long all = T0.length() + T1.length() + T2.length() + T3.length();
        long both = "Mijn tante belde.".length();
        long onlyA = T1.length() - both + "Dat hielp echt.".length();
        assertCounts(result.row(positief), both, onlyA, 0, all - both - onlyA);
        long contactBoth = "We zagen elkaar elke week.".length();
        long contactOnlyB = T3.length() - contactBoth + "begon".length();
        assertCounts(result.row(contact), contactBoth, 0, contactOnlyB, all - contactBoth - contactOnlyB);
        String text = project.transcripts().get(interview).orElseThrow().text();
        // Disagreements are maximal runs: " Ze vroeg of ik wilde helpen." and "Dat hielp echt." for Positief.
        assertThat(result.disagreements()).filteredOn(d -> d.codeId().equals(positief))
                .extracting(d -> text.substring(d.start(), d.end()))
                .containsExactly(" Ze vroeg of ik wilde helpen.", "Dat hielp echt.");
    }

    @Test
    void segmentOverlapAtHalfTheUnion() {
        AgreementResult result = run("overlap");
        assertThat(result.unit().id()).isEqualTo("overlap:50");
        // Positief: Anna's turn 1 (46 characters) and Bram's first sentence (17) overlap by 17/46 < 50%.
        assertCounts(result.row(positief), 0, 2, 1, 0);
        // Contact: Anna's 26 characters lie inside Bram's 42-character turn 3: 26/42 >= 50%; "begon" unmatched.
        assertCounts(result.row(contact), 1, 0, 1, 0);
        // A matched pair is one unit spanning both segments.
        String text = project.transcripts().get(interview).orElseThrow().text();
        assertThat(result.agreements()).extracting(d -> text.substring(d.start(), d.end())).containsExactly(T3);
        assertThat(result.row(contact).value(AgreementMeasure.PERCENT).valueOrNull()).isCloseTo(0.5, within(1e-12));
        for (AgreementMeasure measure : List.of(AgreementMeasure.COHEN, AgreementMeasure.ALPHA, AgreementMeasure.AC1)) {
            assertThat(result.row(contact).value(measure).reasonOrNull())
                    .isEqualTo("segment overlap has no units where both coders agree a code is absent");
        }
        assertThat(result.row(contact).intervals()).isEmpty();
    }

    @Test
    void segmentOverlapAtAChosenPercentage() {
        AgreementResult result = run("overlap:30");
        // 17/46 = 37% >= 30%: Anna's turn 1 and Bram's sentence now match.
        assertCounts(result.row(positief), 1, 1, 0, 0);
    }

    @Test
    void threeCodersGetTheGeneralMeasures() {
        code(interview, T1, positief, "Cees");
        code(interview, T3, positief, "Cees");
        AgreementResult result = run("turn", List.of("Anna", "Bram", "Cees"));
        AgreementRow row = result.row(positief);
        assertThat(row.counts().allCoders()).isEqualTo(1);
        assertThat(row.counts().someCoders()).isEqualTo(1);
        assertThat(row.counts().noCoder()).isEqualTo(2);
        RatingTable byHand = RatingTable.of(List.of("Anna", "Bram", "Cees"), List.of(
                List.of("no", "no", "no"), List.of("yes", "yes", "yes"), List.of("no", "no", "no"), List.of("yes", "no", "yes")),
                MeasureLevel.NOMINAL, List.of("yes", "no"));
        assertThat(row.value(AgreementMeasure.FLEISS).valueOrNull())
                .isCloseTo(FleissKappa.of(byHand).valueOrNull(), within(1e-12));
        assertThat(row.value(AgreementMeasure.ALPHA).valueOrNull())
                .isCloseTo(KrippendorffAlpha.of(byHand).valueOrNull(), within(1e-12));
        assertThat(row.value(AgreementMeasure.COHEN).isDefined()).isFalse();
        // Contact: Cees never coded in it, so the code is absent for him in every turn.
        assertThat(result.row(contact).counts().presentFor(2)).isZero();
    }

    @Test
    void unitsComeFromTranscriptsEveryCoderHasCodedUnlessNamed() {
        long second = CodedTranscripts.add(project, "second", "Nog een vraag?", "Ja, en een antwoord.");
        code(second, "Ja, en een antwoord.", positief, "Anna");
        AgreementResult common = run("turn");
        assertThat(common.transcripts()).extracting(AgreementResult.ComparedTranscript::name).containsExactly("interview");
        assertThat(common.row(positief).counts().units()).isEqualTo(4);
        AgreementResult named = new AgreementAnalysis(project).run(new AgreementAnalysis.Request(List.of("Anna", "Bram"),
                UnitOfComparison.parse("turn"), List.of("Ervaring/Positief"), List.of("interview", "second")), Progress.NONE);
        assertThat(named.codes()).extracting(AgreementRow::codeId).containsExactly(positief);
        assertCounts(named.row(positief), 1, 2, 0, 3);
    }

    @Test
    void codeNobodyAppliedIsAllNeitherAndKappaIsNotDefined() {
        AgreementResult result = new AgreementAnalysis(project).run(new AgreementAnalysis.Request(List.of("Anna", "Bram"),
                UnitOfComparison.parse("turn"), List.of("Ervaring/Negatief"), List.of()), Progress.NONE);
        AgreementRow row = result.codes().getFirst();
        assertCounts(row, 0, 0, 0, 4);
        assertThat(row.value(AgreementMeasure.PERCENT).valueOrNull()).isEqualTo(1.0);
        assertThat(row.value(AgreementMeasure.COHEN).reasonOrNull()).contains("expected agreement is 1");
    }

    @Test
    void refusalsNameWhatIsWrong() {
        assertRefused(() -> run("turn", List.of("Anna")), "agreement.tooFewCoders");
        assertRefused(() -> run("turn", List.of("Anna", "Anna")), "agreement.duplicateCoder");
        assertRefused(() -> run("turn", List.of("Anna", "Daan")), "agreement.unknownCoder");
        assertRefused(() -> run("line"), "agreement.badUnit");
        assertRefused(() -> run("overlap:0"), "agreement.badOverlapPercent");
        code(interview, T2, positief, "Cees");
        assertRefused(() -> run("overlap", List.of("Anna", "Bram", "Cees")), "agreement.overlapTwoCoders");
        long other = CodedTranscripts.add(project, "other", "Alleen Daan.");
        code(other, "Alleen Daan.", positief, "Daan");
        assertRefused(() -> run("turn", List.of("Anna", "Daan")), "agreement.noCommonTranscripts");
        assertRefused(() -> new AgreementAnalysis(project).run(new AgreementAnalysis.Request(List.of("Anna", "Bram"),
                UnitOfComparison.parse("turn"), List.of("Onbekend"), List.of()), Progress.NONE), "agreement.unknownCode");
        assertRefused(() -> new AgreementAnalysis(project).run(new AgreementAnalysis.Request(List.of("Anna", "Bram"),
                UnitOfComparison.parse("turn"), List.of(), List.of("missing")), Progress.NONE), "agreement.unknownTranscript");
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(LocalizedException.class)
                .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo(key));
    }
}
