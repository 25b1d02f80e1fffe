package nl.codewerk.refi;

import java.util.Locale;

/**
 * What {@code startPosition} and {@code endPosition} count. The standard says Unicode code
 * points; NVivo writes UTF-16 code units. They differ only after characters outside the Basic
 * Multilingual Plane (emoji and the like), which count 1 as code points and 2 as UTF-16 units.
 */
public enum PositionUnit {
    /** Decide per file: see docs/decisions/0010-refi-positions.md. */
    AUTO,
    CODEPOINT,
    UTF16;

    /** The spelling of the command line and the JSON report: auto, codepoint, utf16. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PositionUnit parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace("-", "")) {
            case "auto" -> AUTO;
            case "codepoint", "codepoints", "cp" -> CODEPOINT;
            case "utf16", "utf16units" -> UTF16;
            default -> throw new RefiException("refi.badPositions", text);
        };
    }
}
