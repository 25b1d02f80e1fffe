package nl.codewerk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.codewerk.project.ProjectFile;
import nl.codewerk.transcript.TranscriptSummary;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "info", description = "Show what a project holds.")
final class InfoCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path file;

    @Override
    protected int run() {
        try (Project project = Project.openReadOnly(file)) {
            List<TranscriptSummary> transcripts = project.transcripts().list();
            List<String> coders = project.codings().coders();
            Map<String, Object> counts = Json.obj(
                    "transcripts", transcripts.size(),
                    "turns", transcripts.stream().mapToInt(TranscriptSummary::turns).sum(),
                    "cases", project.cases().cases().size(),
                    "codes", project.codebook().codebook().size(),
                    "codings", project.codings().count(),
                    "coders", coders.size(),
                    "memos", project.memos().list().size());
            // A project opens read-only only at the current schema, so that is the file's version.
            int schema = ProjectFile.currentSchemaVersion();
            String created = project.database().info("created_at").orElse(null);
            print(Json.obj("name", project.name(), "file", project.file().toString(), "schemaVersion", schema,
                            "created", created, "counts", counts, "coders", coders),
                    text("info.text", project.name(), project.file(), schema, counts.get("transcripts"), counts.get("turns"),
                            counts.get("cases"), counts.get("codes"), counts.get("codings"), counts.get("memos"),
                            coders.isEmpty() ? "-" : String.join(", ", coders)));
        }
        return OK;
    }
}
