package nl.codewerk.search;

import java.util.List;
import nl.codewerk.transcript.ImportedText;
import nl.codewerk.transcript.Turn;
import nl.codewerk.util.Ids;
import nl.codewerk.workspace.Project;

/** Small Dutch transcripts whose hits were counted by hand, shared by the search tests. */
final class SearchFixtures {

    static final String[] GESPREK_1 = {
        "Hoe ging het gesprek met je mentor?",
        "Gesprekken met mijn mentor gingen goed. Ik werd geïnterviewd door de\njim moeder en dat was fijn.",
        "Wat deed je JIM-moeder precies?",
        "Zij luisterde. Mentoren luisteren niet altijd, maar mijn mentor wel. Gesprek"};

    static final String[] GESPREK_2 = {
        "En je mentor?",
        "Mijn mentor is top."};

    /** Starts with spoken words (no label) and ends with a word: the edges of a transcript. */
    static final String EDGES_TEXT = "Gesprek vooraf zonder spreker.\n\nI: Wat vond je ervan?\n\nR: Het ging goed, echt een gesprek";

    private SearchFixtures() {
    }

    static long addEdges(Project project) {
        String text = EDGES_TEXT;
        int i = text.indexOf("I: ");
        int r = text.indexOf("R: ");
        List<Turn> turns = List.of(
                new Turn(0, 0, 0, text.indexOf('\n'), null, null),
                new Turn(1, i, i + 3, text.indexOf('\n', i), "I", null),
                new Turn(2, r, r + 3, text.length(), "R", null));
        ImportedText imported = new ImportedText(text, turns, "txt", "UTF-8", "LF");
        return project.database().unrecorded("import", tx ->
                project.transcripts().insert(tx, "Randen", "randen.txt", imported, Ids.sha256("randen" + text), null));
    }
}
