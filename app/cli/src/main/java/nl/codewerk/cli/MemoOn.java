package nl.codewerk.cli;

import nl.codewerk.coding.CodingException;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.workspace.Project;

/** Reads {@code --on}: {@code project}, {@code transcript:T}, {@code code:C} or {@code coding:ID}. */
final class MemoOn {

    private MemoOn() {
    }

    static MemoTarget parse(Project project, String on) {
        String spec = on.strip();
        int colon = spec.indexOf(':');
        String kind = colon < 0 ? spec : spec.substring(0, colon);
        String what = colon < 0 ? "" : spec.substring(colon + 1).strip();
        return switch (kind) {
            case "project" -> {
                if (!what.isEmpty()) {
                    throw new CliException("memo.badTarget", on);
                }
                yield MemoTarget.PROJECT;
            }
            case "transcript" -> MemoTarget.transcript(Lookup.transcript(project, what).id());
            case "code" -> MemoTarget.code(project.codebook().codebook().require(what).id());
            case "coding" -> MemoTarget.coding(coding(project, what));
            default -> throw new CliException("memo.badTarget", on);
        };
    }

    private static long coding(Project project, String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new CliException("memo.badTarget", "coding:" + id);
        }
        long codingId = Long.parseLong(id);
        project.codings().get(codingId).orElseThrow(() -> new CodingException("coding.unknown", codingId));
        return codingId;
    }
}
