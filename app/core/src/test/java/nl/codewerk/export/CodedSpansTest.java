package nl.codewerk.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodedSpansTest {

    private static final String TEXT = "een twee drie vier vijf zes zeven acht";

    @Test
    void overlappingAndTouchingSpansAreJoined() {
        CodedSpans spans = new CodedSpans();
        spans.add(1, 4, 13);   // twee drie
        spans.add(1, 9, 18);   // drie vier (overlaps)
        spans.add(1, 18, 23);  // " vijf" (touches)
        spans.add(1, 28, 33);  // zeven
        assertThat(spans.union(1)).containsExactly(4, 23, 28, 33);
        assertThat(spans.words(id -> TEXT)).isEqualTo(4 + 1);
    }

    @Test
    void aWordCutByTwoTouchingCodingsCountsOnce() {
        CodedSpans spans = new CodedSpans();
        spans.add(1, 4, 6);   // "tw"
        spans.add(1, 6, 8);   // "ee"
        assertThat(spans.words(id -> TEXT)).isEqualTo(1);
    }

    @Test
    void spansOfDifferentTranscriptsStayApart() {
        CodedSpans spans = new CodedSpans();
        spans.add(1, 0, 3);
        spans.add(2, 0, 8);
        assertThat(spans.transcripts()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(spans.words(id -> TEXT)).isEqualTo(1 + 2);
        assertThat(spans.union(3)).isEmpty();
    }

    @Test
    void sharedStretchesCountsSeparateOverlaps() {
        int[] a = {0, 10, 20, 30};
        int[] b = {2, 4, 6, 25};
        // [2,4), [6,10) and [20,25): three separate stretches.
        assertThat(CodedSpans.sharedStretches(a, b)).isEqualTo(3);
        assertThat(CodedSpans.sharedStretches(a, new int[] {10, 20})).isZero();
        assertThat(CodedSpans.sharedStretches(a, new int[0])).isZero();
    }
}
