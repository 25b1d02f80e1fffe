package nl.codewerk.agreement;

import java.util.List;

/**
 * Compares the codings of one code by the coders in one transcript at one unit of comparison:
 * adds the units to the presence-pattern counts and reports the units where coders differ.
 */
interface PresenceComparison {

    /** Where coders differ: the span and the pattern (bit i = coder i applied the code there). */
    interface Sink {
        void disagreement(int start, int end, int pattern);
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
