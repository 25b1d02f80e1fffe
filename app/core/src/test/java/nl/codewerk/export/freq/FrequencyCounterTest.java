package nl.codewerk.export.freq;

import static nl.codewerk.testsupport.CodedStudy.NA_AFLOOP;
import static nl.codewerk.testsupport.CodedStudy.POSITIEF;
import static nl.codewerk.testsupport.CodedStudy.WEL_CONTACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import nl.codewerk.export.AttributeFilter;
import nl.codewerk.export.ExportException;
import nl.codewerk.export.ExportFilter;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.testsupport.CodedStudy;
import nl.codewerk.testsupport.IndependentCounts;
import nl.codewerk.util.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrequencyCounterTest {

    @TempDir
    Path dir;

    CodedStudy study;
    IndependentCounts independent;
    ProjectSnapshot snapshot;

    @BeforeEach
    void setUp() {
        study = CodedStudy.create(dir);
        independent = new IndependentCounts(study.project);
        snapshot = ProjectSnapshot.load(study.project);
    }

    @AfterEach
    void tearDown() {
        study.project.close();
    }

    private FrequencyTable count(FrequencyOptions options) {
        return new FrequencyCounter(snapshot).count(options, Progress.NONE);
    }

    @Test
    void countsAHandCheckedCode() {
        FrequencyTable table = count(FrequencyOptions.DEFAULT);
        FrequencyTable.Row row = row(table, WEL_CONTACT);
        // Anja (twice: Lotte, and Daan across two turns, whose coding starts in the interviewer's turn),
        // Ria and her father each for their own case in the paired interview, and Jan.
        assertThat(row.counts().own().codings()).isEqualTo(5);
        assertThat(row.counts().own().cases()).isEqualTo(4);
        // Five cases have a transcript or speaker: Anja, Kees, Ria, the father, Jan (the note has none).
        assertThat(table.scope().cases()).hasSize(5);
        assertThat(row.counts().own().percentCases()).isEqualTo(80.0);
        // "Hebben jullie nu nog contact? R: Ja, elke week wel. Ze appt me als ze ergens mee zit": the two
        // overlapping codings share "Ja, elke week wel." whose four words count once; the label R inside
        // Daan's coding across two turns is coded text too. Then Ria 7, the father 8, Jan 6.
        assertThat(row.counts().own().words()).isEqualTo(5 + 1 + 4 + 8 + 7 + 8 + 6);
        assertThat(row.codePath()).isEqualTo("Duurzaamheid van de relatie/Wel contact");
    }

    @Test
    void aCodingWithoutACaseCountsAsCodingButNotAsCase() {
        FrequencyTable.Row row = row(count(FrequencyOptions.DEFAULT), POSITIEF);
        assertThat(row.counts().own().codings()).isEqualTo(3);
        assertThat(row.counts().own().cases()).isEqualTo(2);
    }

    @Test
    void everyRowMatchesCountsFromTheDatabase() {
        FrequencyTable table = count(FrequencyOptions.DEFAULT);
        assertThat(table.rows()).hasSize(41);
        checkAgainstDatabase(table, r -> true, independent.casesInScope().size());
    }

    @Test
    void oneCoderCountsOnlyHerCodings() {
        FrequencyTable table = count(FrequencyOptions.DEFAULT.withFilter(ExportFilter.ALL.withCoder("Daan")));
        checkAgainstDatabase(table, r -> r.coder().equals("Daan"), independent.casesInScope().size());
        assertThat(row(table, WEL_CONTACT).counts().own().codings()).isEqualTo(2);
    }

    @Test
    void aParentCountsItsSubtreeInTheSecondColumns() {
        FrequencyTable table = count(FrequencyOptions.DEFAULT);
        FrequencyTable.Row parent = row(table, "jim.duurzaamheid");
        assertThat(parent.counts().own().codings()).isZero();
        assertThat(parent.counts().subtree().codings()).isEqualTo(5 + 2);
        // Kees has only "geen contact", the others "wel contact": all five cases.
        assertThat(parent.counts().subtree().cases()).isEqualTo(5);
    }

    @Test
    void totalsCountEveryCodingOnce() {
        FrequencyTable table = count(FrequencyOptions.DEFAULT);
        List<IndependentCounts.Row> all = independent.rows();
        assertThat(table.total().counts().own().codings()).isEqualTo(all.size());
        assertThat(table.total().counts().own().cases()).isEqualTo(IndependentCounts.cases(all));
        assertThat(table.total().counts().own().words()).isEqualTo(independent.words(all));
    }

    @Test
    void countsPerAttributeValueUseTheCasesWithThatValue() {
        FrequencyTable table = count(FrequencyOptions.by("attribute:nog contact"));
        assertThat(table.groups()).extracting(FrequencyTable.Group::key).containsExactly("true", "false");
        assertThat(table.groups()).extracting(FrequencyTable.Group::cases).containsExactly(4, 1);
        for (FrequencyTable.Row row : table.rows()) {
            for (FrequencyTable.Group group : table.groups()) {
                Set<String> subtree = independent.subtree(row.code().id());
                Predicate<IndependentCounts.Row> inGroup = r -> r.caseId() != null
                        && group.key().equals(independent.value(r.caseId(), "nog contact"));
                check(row.group(group.key()).own(), independent.select(inGroup.and(r -> r.code().equals(row.code().id()))), group.cases());
                check(row.group(group.key()).subtree(), independent.select(inGroup.and(r -> subtree.contains(r.code()))), group.cases());
            }
        }
        FrequencyTable.Row naAfloop = row(table, NA_AFLOOP);
        // Anja (both coders) and the father of Sara have contact; Kees has none.
        assertThat(naAfloop.group("true").own().cases()).isEqualTo(2);
        assertThat(naAfloop.group("true").own().percentCases()).isEqualTo(50.0);
        assertThat(naAfloop.group("false").own().cases()).isEqualTo(1);
        assertThat(naAfloop.group("false").own().percentCases()).isEqualTo(100.0);
    }

    @Test
    void casesWithoutAValueFormTheirOwnGroup() {
        FrequencyTable table = count(FrequencyOptions.by("attribute:leeftijd"));
        assertThat(table.groups()).extracting(FrequencyTable.Group::key).containsExactly("44", "49", "52", "67", "");
        assertThat(row(table, WEL_CONTACT).group("").own().cases()).isEqualTo(1);
    }

    @Test
    void anAttributeFilterNarrowsCasesAndCodings() {
        FrequencyTable table = count(FrequencyOptions.DEFAULT.withFilter(ExportFilter.ALL.withAttribute(AttributeFilter.parse("geslacht=man"))));
        assertThat(table.scope().cases()).hasSize(3);
        Set<Long> men = Set.copyOf(independent.casesInScope().stream().filter(id -> "man".equals(independent.value(id, "geslacht"))).toList());
        checkAgainstDatabase(table, r -> r.caseId() != null && men.contains(r.caseId()), men.size());
    }

    @Test
    void aCodeSetKeepsTheChosenCodesWithTheirSubtrees() {
        FrequencyTable table = count(FrequencyOptions.DEFAULT.withFilter(ExportFilter.ALL.withCodes(List.of("Duurzaamheid van de relatie"))));
        assertThat(table.rows()).extracting(r -> r.code().id())
                .containsExactly("jim.duurzaamheid", "jim.duurzaamheid.geen-contact", WEL_CONTACT);
        assertThat(table.total().counts().own().codings()).isEqualTo(7);
    }

    @Test
    void perCaseAndPerCoderBreakdownsAddUp() {
        FrequencyTable byCase = count(FrequencyOptions.by("case").withPerCoder(true));
        assertThat(byCase.groups()).extracting(FrequencyTable.Group::key)
                .containsExactly("01-tante-anja", "02-buurman-kees", "03-ria", "03-vader", "04-oom-jan");
        assertThat(byCase.coders()).containsExactly("Daan", "Lotte");
        for (FrequencyTable.Row row : byCase.rows()) {
            int perCase = byCase.groups().stream().mapToInt(g -> row.group(g.key()).own().codings()).sum();
            int withoutCase = (int) independent.select(r -> r.code().equals(row.code().id()) && r.caseId() == null).size();
            assertThat(perCase + withoutCase).isEqualTo(row.counts().own().codings());
            int perCoder = byCase.coders().stream().mapToInt(c -> row.coder(c).own().codings()).sum();
            assertThat(perCoder).isEqualTo(row.counts().own().codings());
        }
        assertThat(row(byCase, WEL_CONTACT).group("03-vader").own().codings()).isEqualTo(1);
        assertThat(row(byCase, WEL_CONTACT).group("01-tante-anja").own().codings()).isEqualTo(2);
    }

    @Test
    void perTranscriptCountsEveryTranscript() {
        FrequencyTable table = count(FrequencyOptions.by("transcript"));
        assertThat(table.groups()).hasSize(5);
        assertThat(row(table, POSITIEF).group("05-losse-notitie").own().codings()).isEqualTo(1);
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> count(FrequencyOptions.DEFAULT.withFilter(ExportFilter.ALL.withCoder("Piet"))))
                .isInstanceOf(ExportException.class).hasMessageContaining("Piet").hasMessageContaining("Daan, Lotte");
        assertThatThrownBy(() -> count(FrequencyOptions.by("attribute:opleiding")))
                .isInstanceOf(ExportException.class).hasMessageContaining("opleiding");
        assertThatThrownBy(() -> FrequencyOptions.by("gender")).isInstanceOf(ExportException.class);
        assertThatThrownBy(() -> count(FrequencyOptions.DEFAULT.withFilter(ExportFilter.ALL.withAttribute(AttributeFilter.parse("leeftijd=oud")))))
                .isInstanceOf(ExportException.class).hasMessageContaining("oud");
    }

    private void checkAgainstDatabase(FrequencyTable table, Predicate<IndependentCounts.Row> filter, int casesInScope) {
        assertThat(table.scope().cases()).hasSize(casesInScope);
        for (FrequencyTable.Row row : table.rows()) {
            String code = row.code().id();
            Set<String> subtree = independent.subtree(code);
            check(row.counts().own(), independent.select(filter.and(r -> r.code().equals(code))), casesInScope);
            check(row.counts().subtree(), independent.select(filter.and(r -> subtree.contains(r.code()))), casesInScope);
        }
    }

    private void check(Counts counts, List<IndependentCounts.Row> rows, int casesInScope) {
        assertThat(counts.codings()).isEqualTo(IndependentCounts.codings(rows));
        assertThat(counts.cases()).isEqualTo(IndependentCounts.cases(rows));
        assertThat(counts.words()).isEqualTo(independent.words(rows));
        double percent = casesInScope == 0 ? 0 : 100.0 * IndependentCounts.cases(rows) / casesInScope;
        assertThat(counts.percentCases()).isCloseTo(percent, within(1e-9));
    }

    static FrequencyTable.Row row(FrequencyTable table, String codeId) {
        return table.rows().stream().filter(r -> Objects.equals(r.code().id(), codeId)).findFirst().orElseThrow();
    }
}
