package nl.codewerk.memo;

import java.time.Instant;

/** A researcher's note on the project, a transcript, a code or a coding. */
public record Memo(long id, MemoTarget target, String title, String text, String author, Instant createdAt, Instant updatedAt,
        String guid) {
}
