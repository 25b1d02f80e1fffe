package nl.codewerk.transcript;

import java.nio.file.Path;
import java.util.List;

/** What an import did with every file it was given: imported, skipped or refused, and why. */
public record ImportReport(List<Imported> imported, List<Skipped> skipped, List<Refused> refused, List<String> notes) {

    public ImportReport {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
        refused = List.copyOf(refused);
        notes = List.copyOf(notes);
    }

    /** @param notes facts worth telling: encoding detected, line ends normalised */
    public record Imported(Path file, long id, String name, String format, int turns, List<String> notes) {
    }

    public record Skipped(Path file, String reason) {
    }

    public record Refused(Path file, String reason) {
    }

    public boolean anyRefused() {
        return !refused.isEmpty();
    }
}
