package nl.codewerk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingTableTest {

    private static final List<String> AB = List.of("A", "B");

    private static List<List<String>> rows(String... pairs) {
        return Arrays.stream(pairs).map(p -> Arrays.asList(p.split("\\|", -1)))
                .map(cells -> cells.stream().map(c -> c.isEmpty() ? null : c).toList()).toList();
    }

    @Test
    void observedCategoriesSortNumericallyWhenAllAreNumbers() {
        RatingTable table = RatingTable.of(AB, rows("10|9", "2|10"), MeasureLevel.ORDINAL, null);
        assertThat(table.categories()).containsExactly("2", "9", "10");
    }

    @Test
    void observedCategoriesSortLexicographicallyOtherwise() {
        RatingTable table = RatingTable.of(AB, rows("low|high", "mid|10"), MeasureLevel.ORDINAL, null);
        assertThat(table.categories()).containsExactly("10", "high", "low", "mid");
    }

    @Test
    void givenCategoriesKeepTheirOrder() {
        RatingTable table = RatingTable.of(AB, rows("low|high"), MeasureLevel.ORDINAL, List.of("low", "mid", "high"));
        assertThat(table.categories()).containsExactly("low", "mid", "high");
        assertThat(table.categoriesGiven()).isTrue();
    }

    @Test
    void numbersAreOneCategoryAtNumericLevelsOnly() {
        List<List<String>> cells = rows("1|1.0", "01|2");
        assertThat(RatingTable.of(AB, cells, MeasureLevel.ORDINAL, null).categories()).containsExactly("1", "2");
        assertThat(RatingTable.of(AB, cells, MeasureLevel.NOMINAL, null).categories())
                .containsExactly("01", "1", "1.0", "2");
    }

    @Test
    void cellsAreStrippedAndBlankIsMissing() {
        RatingTable table = RatingTable.of(AB, List.of(Arrays.asList(" a ", "  ")));
        assertThat(table.rating(0, 0)).isEqualTo("a");
        assertThat(table.rating(0, 1)).isNull();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> RatingTable.of(AB, rows("a|b|c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unit 1 has 3 cells but the table has 2 raters");
        assertThatThrownBy(() -> RatingTable.of(List.of("A", "A"), rows("a|b")))
                .hasMessage("rater 'A' appears twice");
        assertThatThrownBy(() -> RatingTable.of(AB, rows("a|c"), MeasureLevel.NOMINAL, List.of("a", "b")))
                .hasMessageStartingWith("unit 1, rater 'B': value 'c' is not among the given categories");
        assertThatThrownBy(() -> RatingTable.of(AB, rows("1|x"), MeasureLevel.INTERVAL, null))
                .hasMessage("unit 1, rater 'B': value 'x' is not a number, which level interval requires");
        assertThatThrownBy(() -> RatingTable.of(AB, rows("1|-2"), MeasureLevel.RATIO, null))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> RatingTable.of(AB, rows("1|2"), MeasureLevel.ORDINAL, List.of("1", "2", "1.0")))
                .hasMessage("category '1.0' is given twice");
        assertThatThrownBy(() -> RatingTable.of(AB, rows("1|2"), MeasureLevel.NOMINAL, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numberParsing() {
        assertThat(RatingTable.parseNumber("-0")).contains(0.0);
        assertThat(RatingTable.parseNumber("2,5")).contains(2.5);
        assertThat(RatingTable.parseNumber("1e3")).contains(1000.0);
        assertThat(RatingTable.parseNumber("NaN")).isEmpty();
        assertThat(RatingTable.parseNumber("Infinity")).isEmpty();
        assertThat(RatingTable.parseNumber("0x10")).isEmpty();
        assertThat(RatingTable.parseNumber("1,000.5")).isEmpty();
    }

    @Test
    void concatStacksUnitsAndUnitesGivenCategories() {
        RatingTable first = RatingTable.of(AB, rows("a|a"), MeasureLevel.NOMINAL, List.of("a", "b"));
        RatingTable second = RatingTable.of(AB, rows("c|b", "|c"), MeasureLevel.NOMINAL, List.of("b", "c"));
        RatingTable both = RatingTable.concat(List.of(first, second));
        assertThat(both.unitCount()).isEqualTo(3);
        assertThat(both.categories()).containsExactly("a", "b", "c");
        assertThat(both.rating(2, 0)).isNull();
        assertThatThrownBy(() -> RatingTable.concat(List.of(first, RatingTable.of(List.of("A", "C"), rows("a|a")))))
                .hasMessageContaining("raters");
    }

    @Test
    void selectionsKeepTheScale() {
        RatingTable table = RatingTable.of(AB, rows("a|b", "c|c"), MeasureLevel.NOMINAL, null);
        RatingTable resample = table.selectUnits(new int[] {1, 1});
        assertThat(resample.categories()).containsExactly("a", "b", "c");
        assertThat(resample.unitCount()).isEqualTo(2);
        RatingTable swapped = table.selectRaters(new int[] {1, 0});
        assertThat(swapped.raters()).containsExactly("B", "A");
        assertThat(swapped.rating(0, 0)).isEqualTo("b");
        assertThatThrownBy(() -> table.selectRaters(new int[] {0, 0})).hasMessageContaining("twice");
    }
}
