package nl.codewerk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PairwiseAgreementTest {

    @Provide
    Arbitrary<PresenceCounts> counts() {
        return RandomPresenceCounts.forTwoToFourCoders();
    }

    // Summing out the other coders must give the pair's own columns of the expanded table.
    @Property(tries = 300)
    void eachPairIsThatPairsColumnsOfTheFullTable(@ForAll("counts") PresenceCounts counts) {
        RatingTable table = counts.toRatingTable();
        List<PairwiseAgreement> pairs = PairwiseAgreement.of(counts);
        int m = counts.coderCount();
        assertThat(pairs).hasSize(m * (m - 1) / 2);
        int i = 0;
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                PairwiseAgreement pair = pairs.get(i++);
                RatingTable columns = table.selectRaters(new int[] {a, b});
                assertThat(pair.coderA()).isEqualTo(counts.coders().get(a));
                assertThat(pair.coderB()).isEqualTo(counts.coders().get(b));
                assertThat(pair.counts().units()).isEqualTo(counts.units());
                assertSame(pair.cohen(), CohenKappa.of(columns));
                assertSame(pair.percent(), PercentAgreement.of(columns));
            }
        }
    }

    private static void assertSame(AgreementValue actual, AgreementValue expected) {
        assertThat(actual.isDefined()).isEqualTo(expected.isDefined());
        if (expected.isDefined()) {
            assertThat(actual.valueOrNull()).isCloseTo(expected.valueOrNull(), within(1e-12));
        } else {
            assertThat(actual.reasonOrNull()).isEqualTo(expected.reasonOrNull());
        }
    }

    @Test
    void threeCodersGiveThreePairs() {
        // Patterns over A (bit 0), B (bit 1), C (bit 2): 5 units all, 2 only A, 3 A and B, 10 none.
        long[] patterns = new long[8];
        patterns[7] = 5;
        patterns[1] = 2;
        patterns[3] = 3;
        patterns[0] = 10;
        PresenceCounts counts = PresenceCounts.of(List.of("A", "B", "C"), patterns);
        assertThat(PairwiseAgreement.of(counts))
                .extracting(PairwiseAgreement::coderA, PairwiseAgreement::coderB, p -> p.counts().both(), p -> p.counts().onlyA(),
                        p -> p.counts().onlyB(), p -> p.counts().neither())
                .containsExactly(tuple("A", "B", 8L, 2L, 0L, 10L), tuple("A", "C", 5L, 5L, 0L, 10L), tuple("B", "C", 5L, 3L, 0L, 12L));
    }

    @Test
    void refusesAPairThatIsNotOne() {
        PresenceCounts counts = PresenceCounts.empty(List.of("A", "B", "C"));
        assertThatThrownBy(() -> PairwiseAgreement.of(counts, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairwiseAgreement.of(counts, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
