package nl.codewerk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTableReportTest {

    private static RatingTable krippendorff() throws IOException {
        try (InputStream in = AgreementTableReportTest.class.getResourceAsStream(
                "/agreement/krippendorff-2011-four-observers.csv")) {
            return RatingTableCsv.read(in, MeasureLevel.NOMINAL, null);
        }
    }

    @Test
    void alphaWithInterval() throws IOException {
        AgreementTableReport report = AgreementTableReport.of(krippendorff(), "alpha", MeasureLevel.INTERVAL, null);
        assertThat(report.measure()).isEqualTo("alpha");
        assertThat(report.level()).isEqualTo("interval");
        assertThat(report.units()).isEqualTo(12);
        // Krippendorff (2011): alpha_interval = 0.849 on these data.
        assertThat(report.value()).isBetween(0.8485, 0.8495);
        assertThat(report.ci95()).hasSize(2);
        assertThat(report.ci95().get(0)).isLessThan(report.value());
        assertThat(report.ci95().get(1)).isGreaterThanOrEqualTo(report.value()).isLessThanOrEqualTo(1.0);
        assertThat(report.reason()).isNull();
    }

    @Test
    void measuresWithoutBootstrapHaveNoInterval() throws IOException {
        AgreementTableReport report = AgreementTableReport.of(krippendorff(), "ac1", MeasureLevel.NOMINAL, null);
        assertThat(report.value()).isBetween(0.775435, 0.775445); // irrCAC prints 0.77544
        assertThat(report.ci95()).isNull();
    }

    @Test
    void notDefinedHasAReasonAndNoValue() throws IOException {
        AgreementTableReport report = AgreementTableReport.of(krippendorff(), "cohen", MeasureLevel.NOMINAL, null);
        assertThat(report.value()).isNull();
        assertThat(report.ci95()).isNull();
        assertThat(report.reason()).contains("exactly two raters");
        assertThat(report.units()).isEqualTo(12);
    }

    // "units" counts the table's rows, including those no pair of raters rated.
    @Test
    void unitsCountsEveryRow() {
        RatingTable table = Tables.ofRows("ab", "a.", "..", "bb");
        assertThat(AgreementTableReport.of(table, "percent", MeasureLevel.NOMINAL, null).units()).isEqualTo(4);
    }

    @Test
    void categoriesAndLevelAreAppliedToTheTable() {
        RatingTable table = Tables.ofRows("ab", "aa", "bb");
        AgreementTableReport narrow = AgreementTableReport.of(table, "bp", MeasureLevel.NOMINAL, null);
        AgreementTableReport wide = AgreementTableReport.of(table, "BP", MeasureLevel.NOMINAL, List.of("a", "b", "c"));
        // p_a = 2/3; q = 2 gives 1/3, q = 3 gives 1/2.
        assertThat(narrow.value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(wide.value()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void unknownMeasure() {
        assertThatThrownBy(() -> AgreementTableReport.of(Tables.ofRows("aa"), "kappa", MeasureLevel.NOMINAL, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("percent, cohen, scott, fleiss, alpha, bp, ac1");
    }

    @Test
    void jsonShape() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode defined = mapper.readTree(mapper.writeValueAsString(
                AgreementTableReport.of(krippendorff(), "fleiss", MeasureLevel.NOMINAL, null)));
        assertThat(defined.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("measure", "level", "value", "units", "ci95", "reason");
        assertThat(defined.get("measure").asText()).isEqualTo("fleiss");
        assertThat(defined.get("value").isNumber()).isTrue();
        assertThat(defined.get("units").asInt()).isEqualTo(12);
        assertThat(defined.get("ci95").isArray()).isTrue();
        assertThat(defined.get("ci95")).hasSize(2);
        assertThat(defined.get("reason").isNull()).isTrue();

        JsonNode notDefined = mapper.readTree(mapper.writeValueAsString(
                AgreementTableReport.of(Tables.ofRows("aa", "aa"), "alpha", MeasureLevel.NOMINAL, null)));
        assertThat(notDefined.get("value").isNull()).isTrue();
        assertThat(notDefined.get("ci95").isNull()).isTrue();
        assertThat(notDefined.get("reason").asText()).contains("expected disagreement is 0");
    }

    @Test
    void recordRejectsInconsistentContent() {
        assertThatThrownBy(() -> new AgreementTableReport("alpha", "nominal", 0.5, 3, null, "why"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgreementTableReport("alpha", "nominal", null, 3, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
