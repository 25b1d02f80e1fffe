package nl.codewerk.agreement;

import java.util.List;

/**
 * Compares the codings of one code by the coders in one transcript at one unit of comparison:
 * adds the units to the presence-pattern counts and reports the units where someone applied the code.
 */
interface PresenceComparison {

    /**
     * Receives every unit where at least one coder applied the code: the span and the pattern
     * (bit i = coder i applied it there). Units nobody coded are only counted.
     */
    interface Sink {
        void unit(int start, int end, int pattern);
    }

    /**
     * @param transcript the transcript's units
     * @param codings    per coder, the spans of their codings of the code in this transcript
     * @param counts     pattern counts to add to (length 2^coders)
     */
    void compare(TranscriptUnits transcript, List<List<Segment>> codings, long[] counts, Sink sink);

    /** The units of a transcript where nobody applied the code: all "neither". */
    long units(TranscriptUnits transcript);
}
