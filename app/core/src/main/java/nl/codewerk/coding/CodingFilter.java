package nl.codewerk.coding;

/** Which codings to list; null fields do not filter. */
public record CodingFilter(Long transcriptId, String codeId, String coder) {

    public static final CodingFilter ALL = new CodingFilter(null, null, null);

    public static CodingFilter transcript(long id) {
        return new CodingFilter(id, null, null);
    }

    public CodingFilter withCoder(String newCoder) {
        return new CodingFilter(transcriptId, codeId, newCoder);
    }

    public CodingFilter withCode(String newCode) {
        return new CodingFilter(transcriptId, newCode, coder);
    }
}
