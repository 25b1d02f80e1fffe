package nl.codewerk.memo;

import java.util.Locale;

/** What a memo is about: the project, a transcript, a code or a coding. */
public record MemoTarget(Kind kind, String id) {

    public enum Kind {
        PROJECT, TRANSCRIPT, CODE, CODING;

        public String dbName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final MemoTarget PROJECT = new MemoTarget(Kind.PROJECT, null);

    public static MemoTarget transcript(long id) {
        return new MemoTarget(Kind.TRANSCRIPT, String.valueOf(id));
    }

    public static MemoTarget code(String id) {
        return new MemoTarget(Kind.CODE, id);
    }

    public static MemoTarget coding(long id) {
        return new MemoTarget(Kind.CODING, String.valueOf(id));
    }

    /** "project", "transcript:12", "code:jim.overig", "coding:7". */
    public String spec() {
        return id == null ? kind.dbName() : kind.dbName() + ":" + id;
    }
}
