package nl.codewerk.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.codewerk.testsupport.CodedStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseOfCodingTest {

    @TempDir
    Path dir;

    @Test
    void aCodingCountsForItsSpeakersCaseElseTheTranscriptsElseNone() {
        try (CodedStudy study = CodedStudy.create(dir)) {
            CaseOfCoding rule = CaseOfCoding.load(study.project.transcripts(), study.project.cases());
            long ria = study.project.cases().findByName("03-ria").orElseThrow().id();
            long vader = study.project.cases().findByName("03-vader").orElseThrow().id();
            long anja = study.project.cases().findByName("01-tante-anja").orElseThrow().id();
            String duo = study.project.transcripts().get(study.duo).orElseThrow().text();

            assertThat(rule.caseAt(study.duo, duo.indexOf("Dat klopt"))).isEqualTo(vader);
            assertThat(rule.caseAt(study.duo, duo.indexOf("Ik haalde Sara"))).isEqualTo(ria);
            // The interviewer is linked to no case: the transcript's case (Ria's, as the participants sheet sets it).
            assertThat(rule.caseAt(study.duo, duo.indexOf("Wat deed Ria"))).isEqualTo(ria);
            // A coding that starts on the speaker label belongs to that turn.
            assertThat(rule.caseAt(study.duo, duo.indexOf("Vader: Voor ons"))).isEqualTo(vader);

            String anjaText = study.project.transcripts().get(study.anja).orElseThrow().text();
            assertThat(rule.caseAt(study.anja, 0)).as("header line before the first turn").isEqualTo(anja);
            assertThat(rule.turnAt(study.anja, 0)).isNull();
            assertThat(rule.turnAt(study.anja, anjaText.indexOf("Noor koos")).speaker()).isEqualTo("R");

            assertThat(rule.caseAt(study.notitie, 3)).as("a transcript without a case").isNull();
            assertThat(rule.caseAt(999, 0)).isNull();
            assertThat(rule.linkedCases()).hasSize(5).contains(ria, vader, anja);
            assertThat(rule.casesOf(study.duo)).containsExactlyInAnyOrder(ria, vader);
        }
    }
}
