package nl.codewerk.transcript;

/**
 * What the search index needs to know to tell whether its copy of a transcript is current,
 * without loading the text: the text's hash, the case and a digest of the turn layout.
 */
public record TranscriptRevision(long id, String name, Long caseId, String textSha256, String turnsDigest) {
}
