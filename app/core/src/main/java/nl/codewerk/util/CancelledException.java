package nl.codewerk.util;

/** Work stopped because the user cancelled it; whatever was committed before stays. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled");
    }
}
