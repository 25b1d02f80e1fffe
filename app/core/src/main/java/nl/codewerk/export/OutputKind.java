package nl.codewerk.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats exports write, recognised by the file name's extension. */
public enum OutputKind {
    XLSX, CSV, SVG, DOCX;

    public String extension() {
        return "." + name().toLowerCase(Locale.ROOT);
    }

    /** The kind of {@code file} if it is one of {@code allowed}; otherwise a message listing them. */
    public static OutputKind of(Path file, OutputKind... allowed) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (OutputKind kind : allowed) {
            if (name.endsWith(kind.extension())) {
                return kind;
            }
        }
        throw new ExportException("export.unsupportedFormat", file.getFileName(),
                Arrays.stream(allowed).map(OutputKind::extension).collect(Collectors.joining(", ")));
    }
}
