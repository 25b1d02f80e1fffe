package nl.codewerk.cli;

/** Text shortened to one line for a terminal: whitespace collapsed, long text cut with an ellipsis. */
final class Excerpt {

    static final int WIDTH = 80;

    private Excerpt() {
    }

    static String of(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= WIDTH ? line : line.substring(0, WIDTH - 1) + "…";
    }
}
