package nl.codewerk.refi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.codewerk.project.ProjectException;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;

/**
 * Imports a REFI-QDA project (.qdpx, or a bare .qde) as a new Codewerk project. Everything is
 * read and checked first; the project is then built under a temporary name in one transaction
 * and moved into place whole, so a refused or failed import leaves nothing behind.
 *
 * <p>Users become coders; the code tree keeps names, colours, descriptions, nesting and
 * isCodable (as active/inactive); text sources become transcripts with their codings placed by
 * {@link PositionRule}; cases and variables become cases and typed attributes; notes become
 * memos on what refers to them; links between two codes become code relations. Whatever has no
 * place is listed in the report.
 */
public final class RefiImportService {

    private final RefiImportOptions options;

    public RefiImportService(RefiImportOptions options) {
        this.options = options;
    }

    public RefiReport importProject(Path input, Path target, Progress progress) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new ProjectException("project.exists", absolute.getFileName());
        }
        QdpxReader.Read read = QdpxReader.read(input, options.limits(), progress);
        List<PositionRule.Placed> placed = new ArrayList<>();
        for (RefiProject.Source s : read.project().sources()) {
            placed.add(new PositionRule.Placed(s, read.sources().get(s.guid()).text()));
        }
        PositionRule.Decision decision = PositionRule.decide(read.project().origin(), placed, options.positions(), options.lineBreaks());
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".importing-" + UUID.randomUUID());
        try {
            RefiReport report;
            try (Project project = Project.create(temp, null)) {
                project.database().setInfo("name", absolute.getFileName().toString().replaceFirst("\\.cwk$", ""));
                report = project.database().unrecorded("refi-import", tx -> new QdpxLoader(project, tx, read, decision, progress).load());
            }
            if (Files.exists(absolute)) {
                throw new ProjectException("project.exists", absolute.getFileName());
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            progress.update(1, 1, "");
            return report;
        } catch (IOException e) {
            throw new RefiException(e, "refi.cannotWrite", absolute.getFileName(), e.getMessage());
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
                try {
                    Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
                } catch (IOException ignored) {
                    // A leftover hidden temporary file holds no one's work.
                }
            }
        }
    }
}
