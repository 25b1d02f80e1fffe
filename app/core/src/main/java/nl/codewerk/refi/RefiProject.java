package nl.codewerk.refi;

import java.util.List;

/**
 * The part of a REFI-QDA project that Codewerk reads and writes, independent of XML. The reader
 * fills it from a {@code project.qde} (keeping positions as the file has them, and listing what
 * it leaves out in {@code skipped}); the exporter fills it from a project (positions in code
 * points) for the writer. GUIDs are in one spelling, see {@link RefiGuids}.
 */
record RefiProject(
        String name,
        String origin,
        String creatingUser,
        String creationDateTime,
        String description,
        List<User> users,
        List<Code> codes,
        List<Variable> variables,
        List<Case> cases,
        List<Source> sources,
        List<Note> notes,
        List<Link> links,
        List<String> noteRefs,
        List<NotImported> skipped) {

    record User(String guid, String name, String id) {
    }

    record Code(String guid, String name, boolean codable, String color, String description, List<String> noteRefs,
            List<Code> children) {
    }

    /** @param type the schema's typeOfVariable: Text, Boolean, Integer, Float, Date, DateTime */
    record Variable(String guid, String name, String type, String description) {
    }

    /** @param kind the value element's name without "Value": Text, Boolean, Integer, Float, Date, DateTime */
    record VariableValue(String variableGuid, String kind, String value) {
    }

    record Case(String guid, String name, String description, List<String> codeRefs, List<VariableValue> values,
            List<String> sourceRefs, List<String> selectionRefs) {
    }

    /**
     * A source with plain text: a TextSource, or a PDFSource through its text representation.
     *
     * @param plainTextPath where the text file is ({@code internal://…} or a bare name), or null
     * @param text          the text itself: PlainTextContent when reading, the text to write when
     *                      exporting; null when only a path is given
     * @param codings       codings of the whole source
     */
    record Source(String guid, String name, String kind, String plainTextPath, String richTextPath, String text,
            String description, String creatingUser, String creationDateTime, List<Selection> selections,
            List<Coding> codings, List<String> noteRefs, List<VariableValue> values) {
    }

    /** Positions as written in the file; null when missing or not a number. */
    record Selection(String guid, String name, Long start, Long end, String creatingUser, String creationDateTime,
            String description, List<Coding> codings, List<String> noteRefs) {
    }

    record Coding(String guid, String codeRef, String creatingUser, String creationDateTime, List<String> noteRefs) {
    }

    record Note(String guid, String name, String text, String plainTextPath, String description, String creatingUser,
            String creationDateTime, String modifiedDateTime) {
    }

    record Link(String guid, String name, String direction, String originGuid, String targetGuid, List<String> noteRefs) {
    }
}
