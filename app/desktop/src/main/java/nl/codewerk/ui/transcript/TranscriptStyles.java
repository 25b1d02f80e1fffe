package nl.codewerk.ui.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import nl.codewerk.coding.Coding;
import nl.codewerk.transcript.Turn;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Computes the style runs of a transcript: labels, timestamps and coded stretches. */
final class TranscriptStyles {

    private TranscriptStyles() {
    }

    /**
     * @param codings  the codings to show, any order
     * @param colorOf  a code id's colour
     * @param pickedId the coding to emphasise, or -1
     */
    static StyleSpans<TextStyle> compute(String text, List<Turn> turns, List<Coding> codings, Function<String, String> colorOf, long pickedId) {
        int length = text.length();
        TextStyle.Kind[] kinds = kinds(text, turns);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (int i = 1; i < length; i++) {
            if (kinds[i] != kinds[i - 1]) {
                cuts.add(i);
            }
        }
        List<Coding> ordered = new ArrayList<>();
        for (Coding c : codings) {
            if (c.start() < length && c.end() > c.start()) {
                ordered.add(c);
                cuts.add(c.start());
                cuts.add(Math.min(c.end(), length));
            }
        }
        ordered.sort(Comparator.comparingInt(Coding::start).thenComparing(Comparator.comparingInt(Coding::length).reversed()));

        StyleSpansBuilder<TextStyle> spans = new StyleSpansBuilder<>();
        if (length == 0) {
            spans.add(TextStyle.WORDS, 0);
            return spans.create();
        }
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int at = from;
            List<String> colors = new ArrayList<>();
            boolean picked = false;
            for (Coding c : ordered) {
                if (c.start() > at) {
                    break;
                }
                if (c.end() > at) {
                    String color = colorOf.apply(c.codeId());
                    if (!colors.contains(color)) {
                        colors.add(color);
                    }
                    picked |= c.id() == pickedId;
                }
            }
            spans.add(new TextStyle(kinds[at], colors, picked), to - from);
        }
        return spans.create();
    }

    /** Per character: spoken words, or the label (and within it the timestamp) before a turn. */
    private static TextStyle.Kind[] kinds(String text, List<Turn> turns) {
        TextStyle.Kind[] kinds = new TextStyle.Kind[text.length()];
        java.util.Arrays.fill(kinds, TextStyle.Kind.WORDS);
        for (Turn turn : turns) {
            int labelEnd = Math.min(turn.start(), text.length());
            for (int i = turn.labelStart(); i < labelEnd; i++) {
                kinds[i] = TextStyle.Kind.LABEL;
            }
            if (turn.timestamp() != null && !turn.timestamp().isEmpty()) {
                int at = text.indexOf(turn.timestamp(), turn.labelStart());
                if (at >= 0 && at + turn.timestamp().length() <= labelEnd) {
                    for (int i = at; i < at + turn.timestamp().length(); i++) {
                        kinds[i] = TextStyle.Kind.TIMESTAMP;
                    }
                }
            }
        }
        return kinds;
    }
}
