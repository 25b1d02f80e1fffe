package nl.codewerk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A researcher's day on the command line, run by {@link WritePlacesTest} in a JVM of its own whose
 * temporary folder and home are fresh empty folders: a project, imports of every transcript
 * format, codings by two coders, a search, each kind of export, a backup and pseudonymisation.
 * At the end it prints what is in the temporary folder while the JVM still runs (files deleted
 * only at exit would otherwise go unseen), one {@code TEMP <path>} line each.
 */
public final class WritePlacesRun {

    private WritePlacesRun() {
    }

    /** {@code args[0]}: the folder with {@code inputs/}, {@code work/} and {@code exports/}. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path inputs = root.resolve("inputs");
        Path project = root.resolve("work").resolve("studie.cwk");
        Path out = root.resolve("exports");

        run("new", project, "--codebook", inputs.resolve("test-codebook.json"));
        run("import", project, inputs.resolve("gesprek.txt"), inputs.resolve("duo.txt"), inputs.resolve("interview.docx"),
                inputs.resolve("verslag.odt"), inputs.resolve("notities.rtf"));
        for (String coder : List.of("anna", "bram")) {
            run("code", project, "--transcript", "gesprek", "--start", 3, "--end", 37, "--code", "Contact/Wel contact", "--coder", coder);
            run("code", project, "--transcript", "interview", "--start", 0, "--end", 20, "--code", "Steun", "--coder", coder);
        }
        run("search", project, "contact");
        run("autocode", project, "bellen", "--code", "Contact/Wel contact", "--scope", "sentence");
        run("index", project);
        run("words", project, "--out", out.resolve("woorden.xlsx"));
        run("fragments", project, "--out", out.resolve("fragmenten.docx"));
        run("fragments", project, "--out", out.resolve("fragmenten.xlsx"));
        run("freq", project, "--out", out.resolve("frequenties.xlsx"));
        run("freq", project, "--out", out.resolve("frequenties.csv"));
        run("cooccurrence", project, "--out", out.resolve("samen.xlsx"));
        run("codebook", project, "--out", out.resolve("codeboek.docx"));
        run("codebook", project, "--out", out.resolve("codeboek.xlsx"));
        run("transcript", project, "gesprek", "--out", out.resolve("gesprek.docx"));
        run("agreement", project, "--coders", "anna,bram", "--unit", "turn", "--out", out.resolve("overeenstemming.xlsx"));
        run("refi", "export", project, out.resolve("studie.qdpx"));
        run("refi", "import", out.resolve("studie.qdpx"), out.resolve("uit-refi.cwk"));
        run("qdc", "export", project, out.resolve("codeboek.qdc"));
        run("backup", project);
        run("pseudonymise", project, "--map", inputs.resolve("pseudoniemen.csv"));

        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> files = Files.walk(temp)) {
            files.filter(p -> !p.equals(temp)).forEach(p -> System.out.println("TEMP " + temp.relativize(p)));
        }
    }

    private static void run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = Stream.of(args).map(String::valueOf).toArray(String[]::new);
        int exit = CodewerkCommand.execute(strings, new PrintWriter(out), new PrintWriter(err));
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", strings) + " exited " + exit + ": " + err + out);
        }
    }
}
