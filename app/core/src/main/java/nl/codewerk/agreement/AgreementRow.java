package nl.codewerk.agreement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The agreement on one code, or pooled over codes: the counts behind it, every measure, and the
 * bootstrap intervals of alpha and the kappas.
 *
 * @param codeId    the code, or null for the pooled row
 * @param codePath  the code's name path ({@code JIM/Duurzaamheid/Wel contact}), or null when pooled
 * @param codes     how many codes the row covers (1 for a code)
 * @param counts    units per presence pattern
 * @param values    every measure; "not defined" with a reason where it cannot be computed
 * @param intervals 95% bootstrap intervals, for the measures that have one here
 */
public record AgreementRow(String codeId, String codePath, int codes, PresenceCounts counts,
        Map<AgreementMeasure, AgreementValue> values, Map<AgreementMeasure, BootstrapInterval> intervals) {

    public AgreementRow {
        values = Collections.unmodifiableMap(new EnumMap<>(values));
        intervals = intervals.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(intervals));
    }

    /**
     * Computes the row. At segment overlap only percent agreement is meaningful: there is no
     * "neither" cell, and every chance-corrected measure needs agreement on absence.
     */
    static AgreementRow of(String codeId, String codePath, int codes, PresenceCounts counts, UnitOfComparison unit) {
        Map<AgreementMeasure, AgreementValue> values = PresenceMeasures.computeAll(counts);
        if (unit.kind() == UnitOfComparison.Kind.OVERLAP) {
            for (AgreementMeasure measure : AgreementMeasure.values()) {
                if (measure != AgreementMeasure.PERCENT) {
                    values.put(measure, AgreementValue.notDefined(OverlapUnits.NO_ABSENCE_REASON));
                }
            }
            return new AgreementRow(codeId, codePath, codes, counts, values, Map.of());
        }
        return new AgreementRow(codeId, codePath, codes, counts, values, PresenceMeasures.intervals95(counts));
    }

    public AgreementValue value(AgreementMeasure measure) {
        return values.get(measure);
    }

    public Optional<BootstrapInterval> interval(AgreementMeasure measure) {
        return Optional.ofNullable(intervals.get(measure));
    }

    public boolean pooled() {
        return codeId == null;
    }
}
