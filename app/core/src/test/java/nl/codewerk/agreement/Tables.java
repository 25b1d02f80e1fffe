package nl.codewerk.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Builders for published examples, which are printed as counts rather than as raw ratings. */
final class Tables {

    private Tables() {
    }

    /**
     * A two-rater table from a contingency table: cell [i][j] units rated category i by rater A
     * and category j by rater B.
     */
    static RatingTable fromContingency(int[][] table, List<String> categories) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                for (int n = 0; n < table[i][j]; n++) {
                    rows.add(List.of(categories.get(i), categories.get(j)));
                }
            }
        }
        return RatingTable.of(List.of("A", "B"), rows, MeasureLevel.NOMINAL, categories);
    }

    /**
     * A table from the distribution of raters by unit and category (Fleiss' layout): unit u gets
     * counts[u][k] ratings of category k, laid out over {@code raters} exchangeable columns.
     */
    static RatingTable fromDistribution(int[][] counts, List<String> categories, int raters) {
        List<List<String>> rows = new ArrayList<>();
        for (int[] unit : counts) {
            List<String> row = new ArrayList<>();
            for (int k = 0; k < unit.length; k++) {
                for (int n = 0; n < unit[k]; n++) {
                    row.add(categories.get(k));
                }
            }
            assertThat(row).as("ratings in a unit").hasSize(raters);
            rows.add(row);
        }
        List<String> names = IntStream.rangeClosed(1, raters).mapToObj(i -> "R" + i).toList();
        return RatingTable.of(names, rows, MeasureLevel.NOMINAL, categories);
    }

    /** Rows given as strings, one character per rater, '.' for missing. */
    static RatingTable ofRows(String... rows) {
        List<List<String>> cells = new ArrayList<>();
        for (String row : rows) {
            List<String> cellRow = new ArrayList<>();
            for (char c : row.toCharArray()) {
                cellRow.add(c == '.' ? null : String.valueOf(c));
            }
            cells.add(cellRow);
        }
        int raters = rows.length == 0 ? 2 : rows[0].length();
        List<String> names = IntStream.rangeClosed(1, raters).mapToObj(i -> "R" + i).toList();
        return RatingTable.of(names, cells);
    }

    static double valueOf(AgreementValue value) {
        assertThat(value).isInstanceOf(AgreementValue.Defined.class);
        return value.asOptional().orElseThrow();
    }

    /** Asserts that the value, rounded half-up to the decimals printed in the source, equals what was printed. */
    static void assertRoundsTo(AgreementValue value, String printed) {
        BigDecimal expected = new BigDecimal(printed);
        BigDecimal actual = BigDecimal.valueOf(valueOf(value)).setScale(expected.scale(), RoundingMode.HALF_UP);
        assertThat(actual).as("value %s rounded to %d decimals", valueOf(value), expected.scale())
                .isEqualByComparingTo(expected);
    }

    static String reasonOf(AgreementValue value) {
        assertThat(value).isInstanceOf(AgreementValue.NotDefined.class);
        return value.reasonOrNull();
    }
}
