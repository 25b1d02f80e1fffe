package nl.codewerk.agreement.review;

import java.util.Locale;

/** What the supervisor decides for one unit: whose coding the consensus takes there. */
public enum Decision {
    /** Coder A's codings of the code within the unit. */
    A,
    /** Coder B's. */
    B,
    /** Both coders' codings within the unit, joined. */
    BOTH,
    /** No coding of the code in the unit. */
    NEITHER,
    /** Spans the supervisor gives. */
    EDIT;

    /** The name stored in the decision log and typed on a command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Decision parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
