package nl.codewerk.refi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.codewerk.i18n.Messages;

/**
 * Decides how the positions of an imported file are read: the unit for the whole file and, for
 * each source whose text has CRLF line ends, whether CR and LF count two or one. The rule is
 * written down in docs/decisions/0010-refi-positions.md; this class is that rule.
 */
final class PositionRule {

    /** A source with its text, as the rule looks at them. */
    record Placed(RefiProject.Source source, SourceText text) {
    }

    /**
     * @param unit     the unit for every position in the file
     * @param crlfTwo  per source GUID: whether CR and LF count two (absent: one; only sources
     *                 with CRLF are listed)
     * @param notes    the reasons, in words, for the report
     */
    record Decision(PositionUnit unit, String unitReason, Map<String, Boolean> crlfTwo, List<String> notes) {

        boolean crlfTwo(String sourceGuid) {
            return crlfTwo.getOrDefault(sourceGuid, Boolean.FALSE);
        }
    }

    private PositionRule() {
    }

    static Decision decide(String origin, List<Placed> sources, PositionUnit requestedUnit, LineBreaks requestedBreaks) {
        PositionUnit unit;
        String reason;
        if (requestedUnit != PositionUnit.AUTO) {
            unit = requestedUnit;
            reason = Messages.get("refi.positions.requested", unit.cliName());
        } else if (names(origin, "nvivo")) {
            unit = PositionUnit.UTF16;
            reason = Messages.get("refi.positions.nvivo", origin);
        } else {
            int pastEnd = 0;
            for (Placed p : sources) {
                pastEnd += stats(p, PositionUnit.CODEPOINT, crlfTwo(p, origin, PositionUnit.CODEPOINT, requestedBreaks).two).pastEnd;
            }
            int utf16Trouble = 0;
            for (Placed p : sources) {
                Stats s = stats(p, PositionUnit.UTF16, crlfTwo(p, origin, PositionUnit.UTF16, requestedBreaks).two);
                utf16Trouble += s.pastEnd + s.surrogateSplits;
            }
            if (pastEnd > 0 && utf16Trouble == 0) {
                unit = PositionUnit.UTF16;
                reason = Messages.get("refi.positions.pastEnd", pastEnd);
            } else {
                unit = PositionUnit.CODEPOINT;
                reason = Messages.get("refi.positions.standard");
            }
        }
        Map<String, Boolean> two = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        notes.add(Messages.get("refi.positions.used", unit.cliName(), reason));
        for (Placed p : sources) {
            if (p.text().hasCrlf()) {
                Choice choice = crlfTwo(p, origin, unit, requestedBreaks);
                two.put(p.source().guid(), choice.two);
                notes.add(Messages.get(choice.two ? "refi.crlf.two" : "refi.crlf.one", sourceName(p.source()), choice.reason));
            }
        }
        return new Decision(unit, reason, two, notes);
    }

    private record Choice(boolean two, String reason) {
    }

    /** How a source's CRLF counts: as asked; else by origin unless the selections contradict it; else by the selections. */
    private static Choice crlfTwo(Placed p, String origin, PositionUnit unit, LineBreaks requested) {
        if (!p.text().hasCrlf()) {
            return new Choice(false, "");
        }
        if (requested != LineBreaks.AUTO) {
            return new Choice(requested == LineBreaks.CRLF_TWO, Messages.get("refi.crlf.requested"));
        }
        Stats two = stats(p, unit, true);
        Stats one = stats(p, unit, false);
        Boolean byOrigin = names(origin, "nvivo") ? Boolean.TRUE
                : names(origin, "atlas.ti") || names(origin, "maxqda") || names(origin, "qualcoder") ? Boolean.FALSE : null;
        if (byOrigin != null) {
            Stats chosen = byOrigin ? two : one;
            Stats other = byOrigin ? one : two;
            if (chosen.bad() > other.bad()) {
                return new Choice(!byOrigin, Messages.get("refi.crlf.fit"));
            }
            return new Choice(byOrigin, Messages.get("refi.crlf.origin", origin));
        }
        if (two.bad() != one.bad()) {
            return new Choice(two.bad() < one.bad(), Messages.get("refi.crlf.fit"));
        }
        if (two.boundaries != one.boundaries) {
            return new Choice(two.boundaries > one.boundaries, Messages.get("refi.crlf.words"));
        }
        return new Choice(true, Messages.get("refi.crlf.literal"));
    }

    /** How well a reading fits a source's selections. */
    private record Stats(int pastEnd, int surrogateSplits, int crlfSplits, int boundaries) {

        int bad() {
            return pastEnd + surrogateSplits + crlfSplits;
        }
    }

    private static Stats stats(Placed p, PositionUnit unit, boolean crlfTwo) {
        SourceText text = p.text();
        String stored = text.text();
        int pastEnd = 0;
        int surrogates = 0;
        int crlf = 0;
        int boundaries = 0;
        for (RefiProject.Selection s : p.source().selections()) {
            if (s.start() == null || s.end() == null) {
                continue;
            }
            int start = text.offset(s.start(), unit, crlfTwo);
            int end = text.offset(s.end(), unit, crlfTwo);
            if (start == SourceText.PAST_END || end == SourceText.PAST_END) {
                pastEnd++;
                continue;
            }
            if (unit == PositionUnit.UTF16 && (text.splitsSurrogatePair(s.start(), crlfTwo) || text.splitsSurrogatePair(s.end(), crlfTwo))) {
                surrogates++;
            }
            if (crlfTwo && (text.splitsCrlf(s.start(), unit) || text.splitsCrlf(s.end(), unit))) {
                crlf++;
            }
            if (boundary(stored, start) && boundary(stored, end)) {
                boundaries++;
            }
        }
        return new Stats(pastEnd, surrogates, crlf, boundaries);
    }

    /** No letter or digit on both sides: a cut a person would make. */
    static boolean boundary(String text, int i) {
        return i <= 0 || i >= text.length() || !(Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i)));
    }

    static boolean names(String origin, String tool) {
        return origin != null && origin.toLowerCase(Locale.ROOT).contains(tool);
    }

    static String sourceName(RefiProject.Source s) {
        return s.name() != null && !s.name().isBlank() ? s.name() : s.plainTextPath() != null ? s.plainTextPath() : s.guid();
    }
}
