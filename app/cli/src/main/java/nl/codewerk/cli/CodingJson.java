package nl.codewerk.cli;

import java.util.Map;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.coding.Coding;
import nl.codewerk.transcript.Transcript;

/** A coding as JSON, the same shape from {@code code} and {@code codings}. */
final class CodingJson {

    private CodingJson() {
    }

    static Map<String, Object> of(Coding coding, Transcript transcript, Codebook codebook) {
        return Json.obj(
                "id", coding.id(),
                "transcript", coding.transcriptId(),
                "transcriptName", transcript.name(),
                "start", coding.start(),
                "end", coding.end(),
                "code", coding.codeId(),
                "codePath", codebook.path(coding.codeId()),
                "coder", coding.coder(),
                "text", transcript.text().substring(coding.start(), coding.end()),
                "comment", coding.comment(),
                "created", coding.createdAt());
    }

    /** One readable line: where, which code, who, and the words. */
    static String line(Coding coding, Transcript transcript, Codebook codebook) {
        return CliText.get("coding.line", coding.id(), transcript.name(), coding.start(), coding.end(),
                nl.codewerk.codebook.CodePath.format(codebook.path(coding.codeId())), coding.coder(),
                Excerpt.of(transcript.text().substring(coding.start(), coding.end())));
    }
}
