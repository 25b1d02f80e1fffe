package nl.codewerk.refi;

/**
 * Something an exchange file holds that Codewerk left out, and why; or, on export, something
 * the project holds that the exchange format cannot carry.
 *
 * @param kind   what sort of thing: source, coding, selection, set, link, graph, note, case,
 *               variable, value, text, description, relation, speaker, level
 * @param what   which one, in words a person recognises (a name, a position)
 * @param reason why it was left out
 * @param count  how many things this entry stands for (codings of a picture, members of a set)
 */
public record NotImported(String kind, String what, String reason, int count) {

    public NotImported {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
    }

    public static NotImported one(String kind, String what, String reason) {
        return new NotImported(kind, what, reason, 1);
    }
}
