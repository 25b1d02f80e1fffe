package nl.codewerk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import nl.codewerk.codebook.CodebookService;
import nl.codewerk.coding.Coding;
import nl.codewerk.transcript.ImportOptions;
import nl.codewerk.transcript.ImportReport;
import nl.codewerk.transcript.Transcript;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/**
 * The process a crash trial kills: it creates a project, opens its search index, then imports
 * and codes without end,
 * printing one line for every action Codewerk acknowledged (returned from without error).
 * Lines: {@code ACK created}, {@code ACK import NAME ID}, {@code ACK coding ID TRANSCRIPT START END CODE}.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path texts = Path.of(args[1]);
        long seed = Long.parseLong(args[2]);
        Random random = new Random(seed);
        TranscriptGenerator generator = new TranscriptGenerator(seed);
        Files.createDirectories(texts);
        try (Project p = Project.create(project, null)) {
            System.out.println("ACK created");
            String code = p.codebook().add(CodebookService.NewCode.named("Crash", null), "crash").id();
            System.out.println("ACK code " + code);
            // The search index is open, as in the workbench after a first search: every import
            // and coding below updates it too, so a kill can land in the middle of that.
            p.search().index();
            for (int i = 0; ; i++) {
                Path file = texts.resolve("t" + i + ".txt");
                Files.writeString(file, generator.transcript(500 + random.nextInt(3000)), StandardCharsets.UTF_8);
                ImportReport report = p.importer().importFiles(List.of(file), ImportOptions.DEFAULT, Progress.NONE);
                for (ImportReport.Imported imported : report.imported()) {
                    System.out.println("ACK import " + imported.name() + " " + imported.id());
                    Transcript t = p.transcripts().get(imported.id()).orElseThrow();
                    for (int k = 0; k < 20; k++) {
                        int start = random.nextInt(t.text().length() - 1);
                        int end = Math.min(t.text().length(), start + 1 + random.nextInt(80));
                        Coding c = p.codings().apply(t.id(), start, end, code, "crash");
                        System.out.println("ACK coding " + c.id() + " " + c.transcriptId() + " " + c.start() + " " + c.end() + " " + c.codeId());
                    }
                }
                System.out.flush();
            }
        }
    }
}
