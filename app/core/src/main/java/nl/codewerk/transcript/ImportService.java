package nl.codewerk.transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.codewerk.cases.CaseStore;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.Database;
import nl.codewerk.util.Ids;
import nl.codewerk.util.Progress;

/**
 * Imports files and folders into a project. Each file is read completely first and then stored
 * in a transaction of its own, so a bad file is refused whole and the others still import.
 */
public final class ImportService {

    /** Larger files are refused before reading them: no interview transcript is this big. */
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    private final Database database;
    private final TranscriptStore transcripts;
    private final CaseStore cases;
    private final FormatReaders readers;
    private FollowUp followUp = report -> report;

    /**
     * Work on what an import stored, once the files and the participants sheet are in: the
     * project's saved pseudonym list is applied to new transcripts this way. Returns the report,
     * with notes added where there is something to tell.
     */
    @FunctionalInterface
    public interface FollowUp {
        ImportReport after(ImportReport report);
    }

    public ImportService(Database database, TranscriptStore transcripts, CaseStore cases) {
        this(database, transcripts, cases, FormatReaders.standard());
    }

    public ImportService(Database database, TranscriptStore transcripts, CaseStore cases, FormatReaders readers) {
        this.database = database;
        this.transcripts = transcripts;
        this.cases = cases;
        this.readers = readers;
    }

    /** Runs {@code next} after every import (see {@link FollowUp}); returns this service. */
    public ImportService followedBy(FollowUp next) {
        FollowUp before = this.followUp;
        this.followUp = report -> next.after(before.after(report));
        return this;
    }

    public ImportReport importFiles(List<Path> filesOrFolders, ImportOptions options, Progress progress) {
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        List<ImportReport.Refused> refused = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        for (Path input : filesOrFolders) {
            expand(input, candidates, skipped, refused);
        }
        for (int i = 0; i < candidates.size(); i++) {
            progress.checkCancelled();
            Path file = candidates.get(i);
            progress.update(i, candidates.size(), file.getFileName().toString());
            try {
                importOne(file, options).ifPresentOrElse(imported::add,
                        () -> skipped.add(new ImportReport.Skipped(file, Messages.get("import.duplicate", existingName(file)))));
            } catch (LocalizedException e) {
                refused.add(new ImportReport.Refused(file, e.getMessage()));
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // An unexpected failure in a parser is still one file's problem, not the import's.
                refused.add(new ImportReport.Refused(file, Messages.get("import.unreadable", e.getClass().getSimpleName())));
            }
        }
        progress.update(candidates.size(), candidates.size(), "");
        if (options.participantsSheet() != null) {
            try {
                notes.addAll(new ParticipantsImport(database, transcripts, cases).apply(options.participantsSheet()));
            } catch (LocalizedException e) {
                refused.add(new ImportReport.Refused(options.participantsSheet(), e.getMessage()));
            }
        }
        return followUp.after(new ImportReport(imported, skipped, refused, notes));
    }

    private void expand(Path input, List<Path> candidates, List<ImportReport.Skipped> skipped, List<ImportReport.Refused> refused) {
        if (!Files.exists(input)) {
            refused.add(new ImportReport.Refused(input, Messages.get("import.notFound")));
        } else if (Files.isDirectory(input)) {
            try (Stream<Path> children = Files.list(input)) {
                for (Path child : children.sorted().toList()) {
                    if (Files.isDirectory(child) || child.getFileName().toString().startsWith(".")) {
                        continue;
                    }
                    if (readers.forFile(child).isPresent()) {
                        candidates.add(child);
                    } else {
                        skipped.add(new ImportReport.Skipped(child, Messages.get("import.notADocument")));
                    }
                }
            } catch (IOException e) {
                refused.add(new ImportReport.Refused(input, Messages.get("import.cannotRead", e.getMessage())));
            }
        } else if (readers.forFile(input).isEmpty()) {
            refused.add(new ImportReport.Refused(input, Messages.get("import.unknownFormat", extension(input))));
        } else {
            candidates.add(input);
        }
    }

    /** Imports one file; empty when the same bytes were imported before. */
    Optional<ImportReport.Imported> importOne(Path file, ImportOptions options) {
        byte[] bytes = readBytes(file);
        String fileHash = Ids.sha256(bytes);
        if (transcripts.findByFileHash(fileHash).isPresent()) {
            return Optional.empty();
        }
        FormatReader reader = readers.forFile(file).orElseThrow();
        ImportedText text = reader.read(file, bytes, options.encoding());
        if (text.text().isBlank()) {
            throw new ImportRefusedException("import.empty");
        }
        String name = uniqueName(baseName(file));
        long id = database.unrecorded("import", tx -> {
            long caseId = cases.ensureCase(tx, name);
            return transcripts.insert(tx, name, file.getFileName().toString(), text, fileHash, caseId);
        });
        List<String> facts = new ArrayList<>();
        if (text.encoding() != null) {
            facts.add(Messages.get("import.encodingUsed", text.encoding()));
        }
        if (text.lineEnds() != null && !"LF".equals(text.lineEnds()) && !"none".equals(text.lineEnds())) {
            facts.add(Messages.get("import.lineEndsNormalised", text.lineEnds()));
        }
        return Optional.of(new ImportReport.Imported(file, id, name, text.format(), text.turns().size(), facts));
    }

    private static byte[] readBytes(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportRefusedException("import.empty");
            }
            if (size > MAX_FILE_BYTES) {
                throw new ImportRefusedException("import.tooLarge", size / (1024 * 1024));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportRefusedException(e, "import.cannotRead", e.getMessage());
        }
    }

    private String existingName(Path file) {
        try {
            String hash = Ids.sha256(Files.readAllBytes(file));
            return transcripts.findByFileHash(hash).flatMap(transcripts::get).map(Transcript::name).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private String uniqueName(String base) {
        String name = base;
        for (int n = 2; transcripts.nameTaken(name); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** For reports: the same structure keyed by file name. */
    public static Map<String, Object> describe(ImportReport.Imported imported) {
        return Map.of("file", imported.file().toString(), "id", imported.id(), "name", imported.name());
    }
}
