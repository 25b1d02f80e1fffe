package nl.codewerk.refi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.codewerk.i18n.Messages;
import nl.codewerk.util.Ids;
import nl.codewerk.util.Progress;

/**
 * Reads everything an import needs from a .qdpx (or bare .qde) into memory before a single row
 * is written: the project XML and the plain text of every source and note. A refusal here
 * leaves no trace.
 */
final class QdpxReader {

    /** The text of one source: as read, its file name and the fingerprint of its bytes. */
    record Text(SourceText text, String fileName, String sha256) {
    }

    record Read(RefiProject project, Map<String, Text> sources, Map<String, String> notes, List<NotImported> missing,
            List<String> facts) {
    }

    private QdpxReader() {
    }

    static Read read(Path input, ArchiveLimits limits, Progress progress) {
        try (QdpxArchive archive = QdpxArchive.open(input, limits)) {
            RefiProject project = QdeParser.parse(SafeXml.parse(archive.projectXml(), "project.qde"), archive.fileName());
            Map<String, Text> sources = new HashMap<>();
            Map<String, String> notes = new HashMap<>();
            List<NotImported> missing = new ArrayList<>();
            List<String> facts = new ArrayList<>();
            int i = 0;
            for (RefiProject.Source s : project.sources()) {
                progress.checkCancelled();
                // Reading is the first half of an import, writing the second.
                progress.update(i++, 2L * project.sources().size(), PositionRule.sourceName(s));
                sources.put(s.guid(), sourceText(archive, s, missing, facts));
            }
            for (RefiProject.Note n : project.notes()) {
                String text = n.text();
                if (n.plainTextPath() != null) {
                    Optional<byte[]> bytes = file(archive, n.plainTextPath());
                    if (bytes.isPresent()) {
                        text = new SourceText(TextDecoding.decode(bytes.get()).text(), "qdpx", null).text();
                    } else if (text == null) {
                        missing.add(NotImported.one("text", noteName(n), Messages.get("refi.text.missing", n.plainTextPath())));
                    }
                }
                notes.put(n.guid(), text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n'));
            }
            return new Read(project, sources, notes, missing, facts);
        }
    }

    private static Text sourceText(QdpxArchive archive, RefiProject.Source s, List<NotImported> missing, List<String> facts) {
        String name = PositionRule.sourceName(s);
        if (s.plainTextPath() != null) {
            Optional<byte[]> bytes = file(archive, s.plainTextPath());
            if (bytes.isPresent()) {
                TextDecoding.Decoded decoded = TextDecoding.decode(bytes.get());
                if (!decoded.encoding().equals("UTF-8")) {
                    facts.add(Messages.get("refi.text.encoding", name, decoded.encoding()));
                }
                return new Text(new SourceText(decoded.text(), "qdpx", decoded.encoding()), fileName(s.plainTextPath()), Ids.sha256(bytes.get()));
            }
            if (s.text() == null) {
                String reason = external(s.plainTextPath()) ? "refi.text.external" : "refi.text.missing";
                missing.add(NotImported.one("text", name, Messages.get(reason, s.plainTextPath())));
            }
        }
        if (s.text() != null) {
            return new Text(new SourceText(s.text(), "qdpx", "UTF-8"), null, Ids.sha256(s.text()));
        }
        if (s.plainTextPath() == null) {
            missing.add(NotImported.one("text", name, Messages.get(s.richTextPath() != null ? "refi.text.richOnly" : "refi.text.none")));
        }
        return new Text(new SourceText("", "qdpx", null), null, Ids.sha256(""));
    }

    /**
     * An internal file: {@code internal://NAME}, or a bare name (qc writes {@code admin.txt}).
     * External paths ({@code relative://}, {@code absolute://}) are never followed: the file an
     * untrusted archive points to is not ours to read.
     */
    private static Optional<byte[]> file(QdpxArchive archive, String path) {
        if (external(path)) {
            return Optional.empty();
        }
        return archive.source(fileName(path));
    }

    private static boolean external(String path) {
        String p = path.strip().toLowerCase(Locale.ROOT);
        return p.startsWith("relative:") || p.startsWith("absolute:") || p.startsWith("file:") || p.startsWith("http");
    }

    static String fileName(String path) {
        String p = path.strip();
        if (p.toLowerCase(Locale.ROOT).startsWith("internal:")) {
            p = p.substring("internal:".length());
        }
        p = p.replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }

    static String noteName(RefiProject.Note n) {
        return n.name() == null || n.name().isBlank() ? n.guid() : n.name();
    }
}
