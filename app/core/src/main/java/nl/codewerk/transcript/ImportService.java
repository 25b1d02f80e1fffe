package nl.codewerk.transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.codewerk.cases.CaseStore;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.i18n.Messages;
import nl.codewerk.project.Database;
import nl.codewerk.project.Tx;
import nl.codewerk.util.CancelledException;
import nl.codewerk.util.Ids;
import nl.codewerk.util.Progress;
import nl.codewerk.util.Words;

/**
 * Imports files and folders into a project. Each file is read completely first and then stored
 * in a transaction of its own, so a bad file is refused whole and the others still import.
 */
public final class ImportService {

    /** Larger files are refused before reading them: no interview transcript is this big. */
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    /**
     * Files up to this size are read, decoded, hashed and split into turns on a second thread
     * while the file before them is being stored (most of storing is waiting for the disk).
     */
    static final long READ_AHEAD_MAX_BYTES = 16L * 1024 * 1024;

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
        // One transaction per file, but listeners (the search index, the workbench) hear once.
        return database.holdingEvents("import", () -> importEach(filesOrFolders, options, progress));
    }

    private ImportReport importEach(List<Path> filesOrFolders, ImportOptions options, Progress progress) {
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        List<ImportReport.Refused> refused = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        for (Path input : filesOrFolders) {
            expand(input, candidates, skipped, refused);
        }
        ExecutorService reading = Executors.newSingleThreadExecutor(ImportService::readingThread);
        try {
            Future<Read> next = candidates.isEmpty() ? null : reading.submit(() -> read(candidates.getFirst(), options));
            for (int i = 0; i < candidates.size(); i++) {
                progress.checkCancelled();
                Path file = candidates.get(i);
                progress.update(i, candidates.size(), file.getFileName().toString());
                Future<Read> current = next;
                next = null;
                boolean ahead = i + 1 < candidates.size() && smallEnoughToReadAhead(candidates.get(i + 1));
                if (ahead) {
                    Path following = candidates.get(i + 1);
                    next = reading.submit(() -> read(following, options));
                }
                try {
                    store(await(current)).ifPresentOrElse(imported::add,
                            () -> skipped.add(new ImportReport.Skipped(file, Messages.get("import.duplicate", existingName(file)))));
                } catch (LocalizedException e) {
                    refused.add(new ImportReport.Refused(file, e.getMessage()));
                } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                    // An unexpected failure in a parser is still one file's problem, not the import's.
                    refused.add(new ImportReport.Refused(file, Messages.get("import.unreadable", e.getClass().getSimpleName())));
                }
                if (!ahead && i + 1 < candidates.size()) {
                    Path following = candidates.get(i + 1);
                    next = reading.submit(() -> read(following, options));
                }
            }
        } finally {
            reading.shutdownNow();
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

    /**
     * A file read and understood, ready to be stored: everything an import works out that needs
     * no database. {@code failure} is why it cannot be imported, when the bytes were read but
     * not understood; it is only reported if the same bytes are not in the project already.
     */
    private record Read(Path file, String fileHash, ImportedText text, String textHash, int words, Throwable failure) {
    }

    /** Runs on the reading thread, one file ahead of the one being stored. */
    Read read(Path file, ImportOptions options) {
        byte[] bytes = readBytes(file);
        String fileHash = Ids.sha256(bytes);
        try {
            ImportedText text = readers.forFile(file).orElseThrow().read(file, bytes, options.encoding());
            if (text.text().isBlank()) {
                throw new ImportRefusedException("import.empty");
            }
            return new Read(file, fileHash, text, Ids.sha256(text.text()), Words.count(text.text()), null);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return new Read(file, fileHash, null, null, 0, e);
        }
    }

    /** The file read ahead, with what went wrong reading it thrown here as it would have been. */
    private static Read await(Future<Read> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException r -> throw r;
                case Error r -> throw r;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * Stores one file in one transaction; empty when the same bytes were imported before. The
     * duplicate check and the choice of a free name happen in that same transaction, so they
     * still hold when it commits.
     */
    private Optional<ImportReport.Imported> store(Read read) {
        Path file = read.file();
        Optional<Stored> stored = database.unrecorded("import", tx -> {
            if (transcripts.findByFileHash(tx, read.fileHash()).isPresent()) {
                return Optional.<Stored>empty();
            }
            if (read.failure() != null) {
                rethrow(read.failure());
            }
            String name = uniqueName(tx, baseName(file));
            long caseId = cases.ensureCase(tx, name);
            return Optional.of(new Stored(transcripts.insert(tx, name, file.getFileName().toString(), read.text(), read.fileHash(),
                    read.textHash(), read.words(), caseId), name));
        });
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        ImportedText text = read.text();
        List<String> facts = new ArrayList<>();
        if (text.encoding() != null) {
            facts.add(Messages.get("import.encodingUsed", text.encoding()));
        }
        if (text.lineEnds() != null && !"LF".equals(text.lineEnds()) && !"none".equals(text.lineEnds())) {
            facts.add(Messages.get("import.lineEndsNormalised", text.lineEnds()));
        }
        return Optional.of(new ImportReport.Imported(file, stored.get().id(), stored.get().name(), text.format(), text.turns().size(), facts));
    }

    private record Stored(long id, String name) {
    }

    private static void rethrow(Throwable failure) {
        switch (failure) {
            case RuntimeException r -> throw r;
            case Error r -> throw r;
            default -> throw new IllegalStateException(failure);
        }
    }

    /** Big files are read only when their turn comes, so at most one of them is in memory. */
    private static boolean smallEnoughToReadAhead(Path file) {
        try {
            return Files.size(file) <= READ_AHEAD_MAX_BYTES;
        } catch (IOException e) {
            return true; // Reading it will fail and say why, ahead or not.
        }
    }

    private static Thread readingThread(Runnable work) {
        Thread thread = new Thread(work, "codewerk-import-reading");
        thread.setDaemon(true);
        return thread;
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

    private String uniqueName(Tx tx, String base) throws SQLException {
        String name = base;
        for (int n = 2; transcripts.nameTaken(tx, name); n++) {
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
