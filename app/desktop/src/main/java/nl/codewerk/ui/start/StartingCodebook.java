package nl.codewerk.ui.start;

import nl.codewerk.codebook.CodebookFile;
import nl.codewerk.ui.i18n.I18n;

/** The codebook a new project starts with. */
public enum StartingCodebook {
    JIM, EMPTY;

    /** Reads the bundled file (disk work: call it in a background task); null for an empty codebook. */
    public CodebookFile load() {
        return this == JIM ? CodebookFile.bundled("jim") : null;
    }

    public String displayName() {
        return this == JIM ? I18n.t("codebook.start.jim") : I18n.t("codebook.start.empty");
    }
}
