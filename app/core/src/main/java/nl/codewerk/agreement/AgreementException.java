package nl.codewerk.agreement;

import nl.codewerk.i18n.LocalizedException;

/** An agreement question that cannot be answered as asked: an unknown coder, no common transcripts, ... */
public class AgreementException extends LocalizedException {

    public AgreementException(String key, Object... args) {
        super(key, args);
    }
}
