package nl.codewerk.demo;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.codebook.CodebookFile;
import nl.codewerk.coding.CodingService;
import nl.codewerk.i18n.Messages;
import nl.codewerk.memo.MemoTarget;
import nl.codewerk.project.ProjectException;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/**
 * Builds the demo project: the JIM codebook, the fictional sample interviews with their
 * participants sheet, and the codings and memos of {@code demo-coding.json}. The same content
 * gives the same project every time. It is built in a temporary folder beside the target and
 * moved into place at the end, so a half-built demo never appears under the target name.
 */
public final class DemoProject {

    public static final String SAMPLES = "/codewerk/sample-transcripts/";
    private static final String AUTHOR = "Codewerk";

    /** What the demo holds: its file and how many transcripts, codings and memos are in it. */
    public record Result(Path file, int transcripts, int codings, int memos) {
    }

    private final Supplier<CodebookFile> codebook;
    private final DemoContent content;

    /** A demo from other content: tests use a small sample set and codebook of their own. */
    public DemoProject(Supplier<CodebookFile> codebook, String resourceFolder) {
        this.codebook = codebook;
        this.content = new DemoContent(resourceFolder);
    }

    public static Result build(Path target, Progress progress) {
        return standard().buildAt(target, progress);
    }

    /** Whether this build of Codewerk carries the demo content. */
    public static boolean available() {
        return new DemoContent(SAMPLES).available();
    }

    private static DemoProject standard() {
        return new DemoProject(() -> CodebookFile.bundled("jim"), SAMPLES);
    }

    public Result buildAt(Path target, Progress progress) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new ProjectException("project.exists", absolute.getFileName());
        }
        DemoScript script = content.script();
        CodebookFile book = codebook.get();
        Path work = null;
        try {
            work = Files.createTempDirectory(absolute.getParent(), ".codewerk-demo-");
            Path building = work.resolve(absolute.getFileName());
            Result result = fill(building, book, script, Files.createDirectory(work.resolve("transcripts")), progress);
            Files.move(building, absolute);
            return new Result(absolute, result.transcripts(), result.codings(), result.memos());
        } catch (FileAlreadyExistsException e) {
            throw new ProjectException(e, "project.exists", absolute.getFileName());
        } catch (IOException e) {
            throw new DemoException(e, "demo.cannotWrite", absolute.getFileName(), e.getMessage());
        } finally {
            deleteQuietly(work);
        }
    }

    private Result fill(Path building, CodebookFile book, DemoScript script, Path folder, Progress progress) throws IOException {
        List<Path> files = content.copyTranscripts(script, folder);
        Path sheet = content.copyParticipants(folder).orElse(null);
        try (Project project = Project.create(building, book)) {
            ImportReport report = project.importer().importFiles(files, new ImportOptions(null, sheet), progress);
            if (!report.refused().isEmpty()) {
                ImportReport.Refused first = report.refused().getFirst();
                throw new DemoException("demo.importRefused", first.file().getFileName(), first.reason());
            }
            int codings = applyCodings(project, script, progress);
            addMemos(project, script);
            // All memos, also the core-category proposal the codebook brings, as `info` counts them.
            return new Result(building, report.imported().size(), codings, project.memos().list().size());
        }
    }

    /** Codes the quoted spans; one undoable action per code and coder keeps the history short. */
    private static int applyCodings(Project project, DemoScript script, Progress progress) {
        Codebook codes = project.codebook().codebook();
        Map<List<String>, List<CodingService.Span>> groups = new LinkedHashMap<>();
        Map<String, Transcript> transcripts = new LinkedHashMap<>();
        int done = 0;
        for (DemoScript.CodingLine line : script.codings()) {
            progress.checkCancelled();
            progress.update(done++, script.codings().size(), line.transcript());
            Transcript transcript = transcripts.computeIfAbsent(line.transcript(), name -> project.transcripts().find(name)
                    .orElseThrow(() -> new DemoException("demo.unknownTranscript", name)));
            Code code = codes.require(line.code());
            QuoteLocator.Span span = QuoteLocator.locate(transcript, line.quote())
                    .orElseThrow(() -> new DemoException("demo.quoteNotFound", transcript.name(), line.quote()));
            groups.computeIfAbsent(List.of(code.id(), line.coder() == null ? AUTHOR : line.coder()), k -> new ArrayList<>())
                    .add(new CodingService.Span(transcript.id(), span.start(), span.end()));
        }
        int made = 0;
        for (var group : groups.entrySet()) {
            String codeId = group.getKey().get(0);
            String label = Messages.get("undo.applyCode", codes.require(codeId).name());
            made += project.codings().applyAll(group.getValue(), codeId, group.getKey().get(1), label).size();
        }
        return made;
    }

    private static void addMemos(Project project, DemoScript script) {
        for (DemoScript.MemoLine memo : script.memos()) {
            String author = memo.author() == null ? AUTHOR : memo.author();
            project.memos().add(target(project, memo.on()), memo.title(), memo.text(), author);
        }
    }

    private static MemoTarget target(Project project, String on) {
        String spec = on == null ? "" : on.strip();
        if (spec.equals("project")) {
            return MemoTarget.PROJECT;
        }
        if (spec.startsWith("transcript:")) {
            String name = spec.substring("transcript:".length());
            return MemoTarget.transcript(project.transcripts().find(name)
                    .orElseThrow(() -> new DemoException("demo.unknownTranscript", name)).id());
        }
        if (spec.startsWith("code:")) {
            return MemoTarget.code(project.codebook().codebook().require(spec.substring("code:".length())).id());
        }
        throw new DemoException("demo.badMemoTarget", spec);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // A leftover hidden temp folder is harmless; the demo itself was handled above.
        }
    }
}
