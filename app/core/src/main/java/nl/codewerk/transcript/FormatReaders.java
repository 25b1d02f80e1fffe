package nl.codewerk.transcript;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The readers Codewerk knows, chosen by file extension. */
public final class FormatReaders {

    private final List<FormatReader> readers;

    public FormatReaders(List<FormatReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static FormatReaders standard() {
        return new FormatReaders(List.of(new PlainTextReader(), new DocxReader(), new OdtReader(), new RtfReader(),
                new VttReader(), new SrtReader()));
    }

    public Optional<FormatReader> forFile(Path file) {
        String ext = ImportService.extension(file);
        return readers.stream().filter(r -> r.extensions().contains(ext)).findFirst();
    }

    public List<String> extensions() {
        return readers.stream().flatMap(r -> r.extensions().stream()).sorted().toList();
    }
}
