package nl.codewerk.ui.retrieval;

import nl.codewerk.coding.Coding;

/** A coded stretch of text as retrieval lists it: where it is, who coded it, what it says. */
public record Fragment(Coding coding, String transcriptName, String text) {
}
