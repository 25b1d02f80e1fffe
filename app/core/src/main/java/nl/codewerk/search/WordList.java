package nl.codewerk.search;

import java.util.List;

/**
 * @param totalWords    words counted (stop words included only when asked)
 * @param distinctWords different words among them
 * @param words         most frequent first, then alphabetically; cut to the requested top
 */
public record WordList(long totalWords, int distinctWords, List<WordCount> words) {

    public WordList {
        words = List.copyOf(words);
    }
}
