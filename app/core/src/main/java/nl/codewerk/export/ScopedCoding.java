package nl.codewerk.export;

import nl.codewerk.coding.Coding;

/** A coding in a report's scope with the case it counts for (null: no case). */
public record ScopedCoding(Coding coding, Long caseId) {

    public String codeId() {
        return coding.codeId();
    }

    public long transcriptId() {
        return coding.transcriptId();
    }
}
