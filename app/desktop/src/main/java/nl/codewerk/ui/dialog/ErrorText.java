package nl.codewerk.ui.dialog;

import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.ui.i18n.I18n;

/** Turns a failure into the sentence a person sees. */
public final class ErrorText {

    private ErrorText() {
    }

    public static String of(Throwable error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof LocalizedException localized) {
                return localized.getMessage();
            }
            cause = cause.getCause();
        }
        // Not a problem core describes: a bug. Say so plainly; the trace goes to the log only.
        System.err.println("Codewerk: unexpected error");
        error.printStackTrace();
        return I18n.t("error.unexpected", error.getClass().getSimpleName());
    }
}
