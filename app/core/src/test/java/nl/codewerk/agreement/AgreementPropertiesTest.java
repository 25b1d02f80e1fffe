package nl.codewerk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants every measure must satisfy, on random tables with missing values. */
class AgreementPropertiesTest {

    private static final double EPS = 1e-9;
    private static final List<String> LABELS = List.of("a", "b", "c", "d");

    /** A random table: 0-25 units, 2-5 raters, up to 4 categories, about a fifth of cells missing. */
    @Provide
    Arbitrary<RatingTable> tables() {
        Arbitrary<Integer> raters = Arbitraries.integers().between(2, 5);
        Arbitrary<Integer> units = Arbitraries.integers().between(0, 25);
        Arbitrary<Integer> categories = Arbitraries.integers().between(1, 4);
        Arbitrary<Long> seeds = Arbitraries.longs();
        return Combinators.combine(raters, units, categories, seeds).as(AgreementPropertiesTest::randomTable);
    }

    @Provide
    Arbitrary<RatingTable> twoRaterTables() {
        Arbitrary<Integer> units = Arbitraries.integers().between(0, 40);
        Arbitrary<Integer> categories = Arbitraries.integers().between(1, 4);
        return Combinators.combine(units, categories, Arbitraries.longs())
                .as((u, c, seed) -> randomTable(2, u, c, seed));
    }

    private static RatingTable randomTable(int raters, int units, int categories, long seed) {
        Random random = new Random(seed);
        List<List<String>> rows = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            List<String> row = new ArrayList<>();
            for (int r = 0; r < raters; r++) {
                row.add(random.nextInt(5) == 0 ? null : LABELS.get(random.nextInt(categories)));
            }
            rows.add(row);
        }
        List<String> names = IntStream.rangeClosed(1, raters).mapToObj(i -> "R" + i).toList();
        return RatingTable.of(names, rows);
    }

    private static void assertSame(AgreementValue expected, AgreementValue actual, String what) {
        assertThat(actual.isDefined()).as(what + " definedness").isEqualTo(expected.isDefined());
        if (expected.isDefined()) {
            assertThat(actual.asOptional().orElseThrow()).as(what)
                    .isCloseTo(expected.asOptional().orElseThrow(), within(EPS));
        }
    }

    private static AgreementValue alphaAt(RatingTable table, MeasureLevel level) {
        return KrippendorffAlpha.of(table.withScale(level, null));
    }

    @Property
    void permutingRatersChangesNothing(@ForAll("tables") RatingTable table, @ForAll Random random) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, table.raterCount()).boxed().toList());
        Collections.shuffle(order, random);
        RatingTable permuted = table.selectRaters(order.stream().mapToInt(Integer::intValue).toArray());
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            assertSame(measure.compute(table), measure.compute(permuted), measure.id());
        }
    }

    @Property
    void swappingTwoRatersChangesNothing(@ForAll("twoRaterTables") RatingTable table) {
        RatingTable swapped = table.selectRaters(new int[] {1, 0});
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            assertSame(measure.compute(table), measure.compute(swapped), measure.id());
        }
    }

    @Property
    void permutingUnitsChangesNothing(@ForAll("tables") RatingTable table, @ForAll Random random) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, table.unitCount()).boxed().toList());
        Collections.shuffle(order, random);
        RatingTable permuted = table.selectUnits(order.stream().mapToInt(Integer::intValue).toArray());
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            assertSame(measure.compute(table), measure.compute(permuted), measure.id());
        }
    }

    /** Nominal measures only see which cells are equal, not what the labels are or how they sort. */
    @Property
    void relabellingCategoriesChangesNothing(@ForAll("tables") RatingTable table) {
        Map<String, String> relabel = Map.of("a", "zeta", "b", "alpha", "c", "mu", "d", "0");
        List<List<String>> rows = new ArrayList<>();
        for (int u = 0; u < table.unitCount(); u++) {
            List<String> row = new ArrayList<>();
            for (int r = 0; r < table.raterCount(); r++) {
                String cell = table.rating(u, r);
                row.add(cell == null ? null : relabel.get(cell));
            }
            rows.add(row);
        }
        RatingTable relabelled = RatingTable.of(table.raters(), rows);
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            assertSame(measure.compute(table), measure.compute(relabelled), measure.id());
        }
    }

    @Property
    void bounds(@ForAll("tables") RatingTable table) {
        PercentAgreement.of(table).asOptional().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0 + EPS));
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            measure.compute(table).asOptional().ifPresent(v -> assertThat(v).as(measure.id()).isLessThanOrEqualTo(1.0 + EPS));
        }
        for (MeasureLevel level : List.of(MeasureLevel.NOMINAL, MeasureLevel.ORDINAL)) {
            alphaAt(table, level).asOptional().ifPresent(v -> assertThat(v).as(level.id()).isLessThanOrEqualTo(1.0 + EPS));
        }
    }

    /** Not defined only where the formulas read 0/0: kappa-type iff a single category, others iff nothing pairable. */
    @Property
    void notDefinedOnlyWhereTheFormulaIsZeroOverZero(@ForAll("tables") RatingTable table) {
        UnitCounts counts = UnitCounts.of(table);
        boolean pairable = counts.pairableUnits() > 0;
        assertThat(PercentAgreement.of(table).isDefined()).isEqualTo(pairable);
        assertThat(BrennanPredigerKappa.of(table).isDefined()).isEqualTo(pairable);
        assertThat(GwetAc1.of(table).isDefined()).isEqualTo(pairable);
        assertThat(FleissKappa.of(table).isDefined()).isEqualTo(pairable && counts.soleCategory(1) == -2);
        assertThat(KrippendorffAlpha.of(table).isDefined()).isEqualTo(pairable && counts.soleCategory(2) == -2);
    }

    /** Perfect agreement gives 1 for every measure that is defined. */
    @Property
    void perfectAgreementIsOne(@ForAll("tables") RatingTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (int u = 0; u < table.unitCount(); u++) {
            String first = null;
            for (int r = 0; r < table.raterCount() && first == null; r++) {
                first = table.rating(u, r);
            }
            List<String> row = new ArrayList<>();
            for (int r = 0; r < table.raterCount(); r++) {
                row.add(table.rating(u, r) == null ? null : first);
            }
            rows.add(row);
        }
        RatingTable agreeing = RatingTable.of(table.raters(), rows);
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            measure.compute(agreeing).asOptional()
                    .ifPresent(v -> assertThat(v).as(measure.id()).isCloseTo(1.0, within(EPS)));
        }
    }

    /** With two raters and no missing data Fleiss' kappa reduces to Scott's pi. */
    @Property
    void fleissIsScottForTwoCompleteRaters(@ForAll("twoRaterTables") RatingTable table) {
        List<Integer> complete = IntStream.range(0, table.unitCount())
                .filter(u -> table.rating(u, 0) != null && table.rating(u, 1) != null).boxed().toList();
        RatingTable onlyComplete = table.selectUnits(complete.stream().mapToInt(Integer::intValue).toArray());
        assertSame(ScottPi.of(onlyComplete), FleissKappa.of(onlyComplete), "fleiss vs scott");
    }
}
