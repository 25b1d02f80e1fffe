package nl.codewerk.refi;

/**
 * Choices for reading an exchange file.
 *
 * @param positions  the unit of selection positions, or AUTO
 * @param lineBreaks how a CRLF line break counts, or AUTO
 * @param limits     what the archive may hold before it is refused
 */
public record RefiImportOptions(PositionUnit positions, LineBreaks lineBreaks, ArchiveLimits limits) {

    public static final RefiImportOptions DEFAULT = new RefiImportOptions(PositionUnit.AUTO, LineBreaks.AUTO, ArchiveLimits.DEFAULT);

    public RefiImportOptions withPositions(PositionUnit unit) {
        return new RefiImportOptions(unit, lineBreaks, limits);
    }

    public RefiImportOptions withLineBreaks(LineBreaks breaks) {
        return new RefiImportOptions(positions, breaks, limits);
    }

    public RefiImportOptions withLimits(ArchiveLimits newLimits) {
        return new RefiImportOptions(positions, lineBreaks, newLimits);
    }
}
