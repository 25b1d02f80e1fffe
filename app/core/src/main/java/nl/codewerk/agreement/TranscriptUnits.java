package nl.codewerk.agreement;

import java.util.List;

/**
 * One compared transcript, cut into units.
 *
 * @param id    the transcript's id
 * @param name  its name, for reports
 * @param turns the turns' spoken-word spans, sorted (the domain of character units)
 * @param units the units for turn, sentence and paragraph comparison; empty for the others
 */
record TranscriptUnits(long id, String name, List<Segment> turns, List<Segment> units) {

    TranscriptUnits {
        turns = List.copyOf(turns);
        units = List.copyOf(units);
    }

    long turnCharacters() {
        long n = 0;
        for (Segment turn : turns) {
            n += turn.length();
        }
        return n;
    }
}
