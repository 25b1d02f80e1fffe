package nl.codewerk.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line's JSON for project agreement, as ordered maps for Jackson:
 * {@code {"unit", "coders", "transcripts", "pooled": {...}, "codes": [{...}], "disagreements"}}.
 * Each row has the counts behind it ({@code units}, and for two coders {@code both}, {@code onlyA},
 * {@code onlyB}, {@code neither}), every measure ({@code null} where not defined, with the reason
 * under {@code reasons}), and {@code ci95} intervals for alpha and the kappas.
 */
public final class AgreementJson {

    private AgreementJson() {
    }

    public static Map<String, Object> of(AgreementResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unit", result.unit().id());
        out.put("coders", result.coders());
        out.put("transcripts", result.transcripts().stream().map(AgreementResult.ComparedTranscript::name).toList());
        out.put("pooled", row(result.pooled()));
        List<Map<String, Object>> codes = new ArrayList<>();
        result.codes().forEach(r -> codes.add(row(r)));
        out.put("codes", codes);
        out.put("disagreements", result.disagreements().size());
        return out;
    }

    static Map<String, Object> row(AgreementRow row) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (row.pooled()) {
            out.put("codes", row.codes());
        } else {
            out.put("code", row.codeId());
            out.put("codePath", row.codePath() == null ? null : nl.codewerk.codebook.CodePath.parse(row.codePath()));
        }
        PresenceCounts counts = row.counts();
        out.put("units", counts.units());
        boolean two = counts.coderCount() == 2;
        out.put("both", two ? counts.both() : null);
        out.put("onlyA", two ? counts.onlyA() : null);
        out.put("onlyB", two ? counts.onlyB() : null);
        out.put("neither", two ? counts.neither() : null);
        if (!two) {
            out.put("allCoders", counts.allCoders());
            out.put("someCoders", counts.someCoders());
            out.put("noCoder", counts.noCoder());
        }
        Map<String, Long> perCoder = new LinkedHashMap<>();
        for (int i = 0; i < counts.coderCount(); i++) {
            perCoder.put(counts.coders().get(i), counts.presentFor(i));
        }
        out.put("perCoder", perCoder);
        Map<String, String> reasons = new LinkedHashMap<>();
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            AgreementValue value = row.value(measure);
            out.put(measure.id(), value.valueOrNull());
            if (!value.isDefined()) {
                reasons.put(measure.id(), value.reasonOrNull());
            }
        }
        Map<String, List<Double>> ci = new LinkedHashMap<>();
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            if (measure.bootstrapped()) {
                ci.put(measure.id(), row.interval(measure).map(i -> Arrays.asList(i.lower(), i.upper())).orElse(null));
            }
        }
        out.put("ci95", ci);
        out.put("reasons", reasons);
        return out;
    }
}
