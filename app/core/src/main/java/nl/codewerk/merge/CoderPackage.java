package nl.codewerk.merge;

import java.nio.file.Path;

/**
 * What a coder's package holds.
 *
 * @param file        the new project file
 * @param coder       whose codings it carries, or null for none
 * @param codes       codes copied
 * @param transcripts transcripts copied
 * @param cases       cases copied (with their attribute values)
 * @param codings     codings copied
 */
public record CoderPackage(Path file, String coder, int codes, int transcripts, int cases, int codings) {
}
