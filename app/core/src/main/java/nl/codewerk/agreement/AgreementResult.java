package nl.codewerk.agreement;

import java.util.List;

/**
 * The agreement of coders on a project's codings at one unit of comparison.
 *
 * @param unit          the unit of comparison
 * @param coders        the compared coders, in the order asked (coder A first)
 * @param transcripts   the transcripts the units come from, by name
 * @param pooled        all reported codes pooled (their units stacked)
 * @param codes         one row per code, in codebook order
 * @param disagreements every unit where the coders differ, by code, transcript and position
 * @param agreements    every unit where all coders applied the code, in the same order
 */
public record AgreementResult(UnitOfComparison unit, List<String> coders, List<ComparedTranscript> transcripts,
        AgreementRow pooled, List<AgreementRow> codes, List<UnitPresence> disagreements,
        List<UnitPresence> agreements) {

    /** A transcript whose units were compared. */
    public record ComparedTranscript(long id, String name) {
    }

    public AgreementResult {
        coders = List.copyOf(coders);
        transcripts = List.copyOf(transcripts);
        codes = List.copyOf(codes);
        disagreements = List.copyOf(disagreements);
        agreements = List.copyOf(agreements);
    }

    public String transcriptName(long id) {
        return transcripts.stream().filter(t -> t.id() == id).map(ComparedTranscript::name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("transcript " + id + " was not compared"));
    }

    public AgreementRow row(String codeId) {
        return codes.stream().filter(r -> r.codeId().equals(codeId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("code " + codeId + " was not compared"));
    }
}
