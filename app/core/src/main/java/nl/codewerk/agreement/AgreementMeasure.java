package nl.codewerk.agreement;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The measures by the names the command line uses. */
public enum AgreementMeasure {
    PERCENT("percent", PercentAgreement::of, false),
    COHEN("cohen", CohenKappa::of, true),
    SCOTT("scott", ScottPi::of, false),
    FLEISS("fleiss", FleissKappa::of, true),
    ALPHA("alpha", KrippendorffAlpha::of, true),
    BP("bp", BrennanPredigerKappa::of, false),
    AC1("ac1", GwetAc1::of, false);

    private final String id;
    private final Function<RatingTable, AgreementValue> compute;
    private final boolean bootstrapped;

    AgreementMeasure(String id, Function<RatingTable, AgreementValue> compute, boolean bootstrapped) {
        this.id = id;
        this.compute = compute;
        this.bootstrapped = bootstrapped;
    }

    public String id() {
        return id;
    }

    public AgreementValue compute(RatingTable table) {
        return compute.apply(table);
    }

    /** Whether reports carry a bootstrap interval: alpha and the kappas (Cohen for two raters, Fleiss). */
    public boolean bootstrapped() {
        return bootstrapped;
    }

    public static AgreementMeasure parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (AgreementMeasure m : values()) {
            if (m.id.equals(wanted)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown measure '" + text + "'; expected one of "
                + Arrays.stream(values()).map(AgreementMeasure::id).collect(Collectors.joining(", ")));
    }
}
