package nl.codewerk.ui.transcript;

import nl.codewerk.coding.Coding;
import nl.codewerk.ui.i18n.I18n;

/** Whose codings the transcript shows: everyone's, mine, or one other coder's. */
public record CoderFilter(Kind kind, String coder) {

    public enum Kind { ALL, MINE, CODER }

    public static final CoderFilter ALL = new CoderFilter(Kind.ALL, null);
    public static final CoderFilter MINE = new CoderFilter(Kind.MINE, null);

    public static CoderFilter of(String coder) {
        return new CoderFilter(Kind.CODER, coder);
    }

    public boolean shows(Coding coding, String me) {
        return switch (kind) {
            case ALL -> true;
            case MINE -> coding.coder().equals(me);
            case CODER -> coding.coder().equals(coder);
        };
    }

    public String displayName() {
        return switch (kind) {
            case ALL -> I18n.t("coders.all");
            case MINE -> I18n.t("coders.mine");
            case CODER -> coder;
        };
    }
}
