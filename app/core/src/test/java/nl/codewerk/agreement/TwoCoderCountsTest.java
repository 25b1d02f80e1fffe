package nl.codewerk.agreement;

import static nl.codewerk.agreement.Tables.valueOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwoCoderCountsTest {

    // Wikipedia, "Cohen's kappa": both 20, only A 5, only B 10, neither 15 -> kappa 0.4.
    @Test
    void countsBecomeAYesNoTable() {
        TwoCoderCounts counts = TwoCoderCounts.of(20, 5, 10, 15);
        assertThat(counts.units()).isEqualTo(50);
        RatingTable table = counts.toRatingTable("Anna", "Bram");
        assertThat(table.raters()).containsExactly("Anna", "Bram");
        assertThat(table.unitCount()).isEqualTo(50);
        assertThat(table.categories()).containsExactly("yes", "no");
        assertThat(valueOf(CohenKappa.of(table))).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void unitsMustAddUp() {
        assertThatThrownBy(() -> new TwoCoderCounts(1, 2, 3, 4, 11))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("units = 11");
        assertThatThrownBy(() -> TwoCoderCounts.of(1, -2, 3, 4)).hasMessageContaining("negative");
    }

    private static final List<TwoCoderCounts> CODES = List.of(
            TwoCoderCounts.of(8, 2, 1, 29),   // a frequent code
            TwoCoderCounts.of(1, 2, 0, 37),   // a rare code
            TwoCoderCounts.of(0, 0, 0, 40));  // a code nobody used: kappa alone is 0/0

    @Test
    void pooledTableStacksTheUnitsOfEveryCode() {
        RatingTable pooled = TwoCoderCounts.pooled(CODES);
        assertThat(pooled.unitCount()).isEqualTo(120);
        assertThat(pooled.categories()).containsExactly("yes", "no");
    }

    // For two coders and complete yes/no data every measure depends only on the 2 x 2 table, and
    // stacking the per-code tables gives the cell-wise sum of the counts; so pooling units and
    // summing the four counts agree. What they are NOT is the mean of per-code values.
    @Test
    void pooledValueIsNotTheMeanOfPerCodeValues() {
        RatingTable pooled = TwoCoderCounts.pooled(CODES);
        TwoCoderCounts summed = TwoCoderCounts.of(9, 4, 1, 106);
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            assertThat(valueOf(measure.compute(pooled))).as(measure.id())
                    .isCloseTo(valueOf(measure.compute(summed.toRatingTable())), within(1e-12));
        }
        double frequent = valueOf(CohenKappa.of(CODES.get(0).toRatingTable()));
        double rare = valueOf(CohenKappa.of(CODES.get(1).toRatingTable()));
        assertThat(CohenKappa.of(CODES.get(2).toRatingTable()).isDefined()).isFalse();
        assertThat(valueOf(CohenKappa.of(pooled))).isNotCloseTo((frequent + rare) / 2, within(0.01));
    }

    // Deriving "neither" from a shared unit count instead (40 turns for all codes, rather than
    // 3 x 40 (code, turn) pairs) would undercount agreement on absence and change kappa.
    @Test
    void neitherMustCountEveryCodeUnitPair() {
        TwoCoderCounts wrong = TwoCoderCounts.of(9, 4, 1, 40 - 9 - 4 - 1);
        assertThat(valueOf(CohenKappa.of(wrong.toRatingTable())))
                .isNotCloseTo(valueOf(CohenKappa.of(TwoCoderCounts.pooled(CODES))), within(0.01));
    }
}
