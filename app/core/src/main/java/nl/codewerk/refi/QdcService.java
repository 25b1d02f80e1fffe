package nl.codewerk.refi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.codewerk.codebook.Code;
import nl.codewerk.i18n.Messages;
import nl.codewerk.workspace.Project;
import org.w3c.dom.Element;

/**
 * REFI-QDA codebooks (.qdc) in and out of a project. Import adds the file's codes to the
 * project's codebook as one undoable action: a code already there (same GUID, else the same
 * names from the root) is merged, a new one is added under its parent.
 */
public final class QdcService {

    private final Project project;

    public QdcService(Project project) {
        this.project = project;
    }

    public RefiReport exportCodebook(Path out) {
        List<RefiProject.Code> codes = new RefiExportService(project).codes();
        if (codes.isEmpty()) {
            throw new RefiException("refi.emptyCodebook", project.name());
        }
        byte[] xml = QdeWriter.codebook(codes, RefiExportService.ORIGIN);
        Path absolute = out.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".writing-" + UUID.randomUUID());
        try {
            Files.write(temp, xml);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RefiException(e, "refi.cannotWrite", absolute.getFileName(), e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A half-written temporary copy holds nothing of the user's.
            }
        }
        int count = project.codebook().codebook().size();
        return new RefiReport(count, 0, 0, 0, 0, 0, 0, null, List.of(), List.of());
    }

    public RefiReport importCodebook(Path qdc, String actor) {
        String name = qdc.getFileName().toString();
        if (!Files.isRegularFile(qdc)) {
            throw new RefiException("refi.notFound", qdc);
        }
        byte[] bytes;
        try {
            if (Files.size(qdc) > ArchiveLimits.DEFAULT.maxEntryBytes()) {
                throw new RefiException("refi.entryTooLarge", name, ArchiveLimits.DEFAULT.maxEntryBytes() / (1024 * 1024));
            }
            bytes = Files.readAllBytes(qdc);
        } catch (IOException e) {
            throw new RefiException(e, "refi.cannotRead", name, e.getMessage());
        }
        Element root = SafeXml.parse(bytes, name).getDocumentElement();
        Element book = root;
        if (Xml.ours(root) && Xml.name(root).equals("Project")) {
            book = Xml.child(root, "CodeBook");
        } else if (!Xml.ours(root) || !Xml.name(root).equals("CodeBook")) {
            throw new RefiException("refi.notACodebook", name, Xml.name(root));
        }
        List<RefiProject.Code> codes = book == null ? List.of() : QdeParser.codes(book);
        List<NotImported> left = new ArrayList<>();
        for (Element set : Xml.within(root, "Sets", "Set")) {
            String setName = Xml.attr(set, "name");
            left.add(NotImported.one("set", setName == null ? Xml.attr(set, "guid") : setName, Messages.get("refi.skip.set",
                    Xml.children(set, "MemberCode").size())));
        }
        List<String> notes = new ArrayList<>();
        int[] counts = new int[2];
        project.database().action(Messages.get("refi.undo.importCodebook", name), actor, tx -> {
            new QdcLoader(tx, project.codebook(), project.codebook().codebook(), left, notes, counts).all(codes, null);
            return null;
        });
        return new RefiReport(counts[0], 0, 0, 0, 0, 0, counts[1], null, left, notes);
    }
}
