package nl.codewerk.refi;

/**
 * How a CRLF line end in a source text counts in positions. NVivo for Windows writes CRLF and
 * counts CR and LF (two); ATLAS.ti writes CRLF but counts a line break as one. Our stored text
 * has LF only, so positions are mapped either way onto the LF text.
 */
public enum LineBreaks {
    /** Decide per file and source: origin first, checked against the selections. */
    AUTO,
    /** CR and LF are two positions, as in the file (the literal reading of the standard). */
    CRLF_TWO,
    /** A CRLF line break is one position. */
    CRLF_ONE
}
