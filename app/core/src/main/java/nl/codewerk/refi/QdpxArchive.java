package nl.codewerk.refi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A .qdpx file read without trusting it: nothing is ever extracted to disk; entries are read
 * into memory one at a time under {@link ArchiveLimits}; an entry name that would escape a
 * folder (zip slip) or a suspicious size refuses the whole archive before anything is imported.
 * A bare .qde (XML without the zip) is accepted too; it then has no source files.
 * Entry names are matched without regard to letter case ({@code Project.qde}, {@code Sources/}).
 */
final class QdpxArchive implements AutoCloseable {

    private final Path file;
    private final ZipFile zip;
    private final byte[] bareXml;
    private final ArchiveLimits limits;
    private final List<ZipEntry> entries = new ArrayList<>();
    private String root = "";
    private long bytesRead;

    private QdpxArchive(Path file, ZipFile zip, byte[] bareXml, ArchiveLimits limits) {
        this.file = file;
        this.zip = zip;
        this.bareXml = bareXml;
        this.limits = limits;
    }

    static QdpxArchive open(Path file, ArchiveLimits limits) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new RefiException("refi.notFound", file);
        }
        try {
            if (!isZip(file)) {
                long size = Files.size(file);
                if (size > limits.maxEntryBytes()) {
                    throw new RefiException("refi.entryTooLarge", name, limits.maxEntryBytes() / (1024 * 1024));
                }
                return new QdpxArchive(file, null, Files.readAllBytes(file), limits);
            }
            ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
            QdpxArchive archive = new QdpxArchive(file, zip, null, limits);
            try {
                archive.inspect();
            } catch (RuntimeException e) {
                archive.close();
                throw e;
            }
            return archive;
        } catch (ZipException e) {
            throw new RefiException(e, "refi.badZip", name, e.getMessage());
        } catch (IOException e) {
            throw new RefiException(e, "refi.cannotRead", name, e.getMessage());
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5) && (head[3] == 4 || head[3] == 6);
        }
    }

    /** Checks every entry before any is read: count, names, declared sizes and ratios. */
    private void inspect() {
        String name = file.getFileName().toString();
        if (zip.size() > limits.maxEntries()) {
            throw new RefiException("refi.tooManyEntries", name, zip.size(), limits.maxEntries());
        }
        long total = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (entries.size() >= limits.maxEntries()) {
                throw new RefiException("refi.tooManyEntries", name, entries.size() + 1, limits.maxEntries());
            }
            checkName(entry.getName());
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size > 0) {
                total += size;
                if (total > limits.maxTotalBytes()) {
                    throw new RefiException("refi.tooLarge", name, limits.maxTotalBytes() / (1024 * 1024));
                }
                if (size >= limits.ratioFloorBytes() && compressed >= 0 && size > (double) Math.max(compressed, 1) * limits.maxRatio()) {
                    throw new RefiException("refi.ratio", name, entry.getName(), limits.maxRatio());
                }
            }
            entries.add(entry);
        }
        Optional<ZipEntry> qde = findQde();
        if (qde.isPresent()) {
            String qdeName = qde.get().getName();
            int slash = qdeName.lastIndexOf('/');
            root = slash < 0 ? "" : qdeName.substring(0, slash + 1);
        }
    }

    /** Refuses names that are absolute or climb out of the folder they would be extracted to. */
    static void checkName(String entryName) {
        String n = entryName.replace('\\', '/');
        boolean bad = n.isEmpty() || n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0;
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                bad = true;
            }
        }
        if (bad) {
            throw new RefiException("refi.unsafeEntry", entryName);
        }
    }

    boolean isBareXml() {
        return bareXml != null;
    }

    String fileName() {
        return file.getFileName().toString();
    }

    /** The project XML: {@code project.qde} in any letter case, at the top or under one folder. */
    byte[] projectXml() {
        if (bareXml != null) {
            return bareXml;
        }
        ZipEntry qde = findQde().orElseThrow(() -> new RefiException("refi.noQde", fileName()));
        return read(qde);
    }

    private Optional<ZipEntry> findQde() {
        ZipEntry best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (ZipEntry e : entries) {
            String n = e.getName().replace('\\', '/');
            if (e.isDirectory() || !n.toLowerCase(Locale.ROOT).endsWith(".qde")) {
                continue;
            }
            int depth = n.split("/").length;
            boolean preferred = n.toLowerCase(Locale.ROOT).endsWith("project.qde");
            if (depth < bestDepth || depth == bestDepth && preferred) {
                best = e;
                bestDepth = depth;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * An internal source file by the name the XML gives: {@code sources/NAME} in any letter case,
     * else any entry with that file name (some tools use other folders or none).
     */
    Optional<byte[]> source(String fileName) {
        if (zip == null || fileName == null || fileName.isBlank()) {
            return Optional.empty();
        }
        String wanted = fileName.replace('\\', '/');
        String wantedLast = wanted.substring(wanted.lastIndexOf('/') + 1);
        String folder = root.toLowerCase(Locale.ROOT);
        ZipEntry loose = null;
        ZipEntry anyFolder = null;
        for (ZipEntry e : entries) {
            String n = e.getName().replace('\\', '/');
            if (e.isDirectory() || !n.toLowerCase(Locale.ROOT).startsWith(folder)) {
                continue;
            }
            String rel = n.substring(root.length());
            if (rel.equals("sources/" + wanted)) {
                return Optional.of(read(e));
            }
            if (loose == null && rel.equalsIgnoreCase("sources/" + wanted)) {
                loose = e;
            }
            String last = rel.substring(rel.lastIndexOf('/') + 1);
            if (anyFolder == null && (rel.equalsIgnoreCase(wanted) || last.equalsIgnoreCase(wantedLast))) {
                anyFolder = e;
            }
        }
        ZipEntry found = loose != null ? loose : anyFolder;
        return found == null ? Optional.empty() : Optional.of(read(found));
    }

    /** Reads one entry, counting real bytes: a header that lies about sizes gains nothing. */
    private byte[] read(ZipEntry entry) {
        long declared = entry.getSize();
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long cap = Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - bytesRead);
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), 1 << 20) + 16);
            byte[] buffer = new byte[64 * 1024];
            long n = 0;
            int r;
            while ((r = in.read(buffer)) > 0) {
                n += r;
                if (n > limits.maxEntryBytes()) {
                    throw new RefiException("refi.entryTooLarge", entry.getName(), limits.maxEntryBytes() / (1024 * 1024));
                }
                if (n > cap) {
                    throw new RefiException("refi.tooLarge", fileName(), limits.maxTotalBytes() / (1024 * 1024));
                }
                if (declared >= 0 && n > declared) {
                    throw new RefiException("refi.sizeMismatch", fileName(), entry.getName());
                }
                if (n >= limits.ratioFloorBytes() && n > (double) compressed * limits.maxRatio()) {
                    throw new RefiException("refi.ratio", fileName(), entry.getName(), limits.maxRatio());
                }
                out.write(buffer, 0, r);
            }
            bytesRead += n;
            return out.toByteArray();
        } catch (ZipException e) {
            throw new RefiException(e, "refi.badZip", fileName(), e.getMessage());
        } catch (IOException e) {
            throw new RefiException(e, "refi.cannotRead", fileName(), e.getMessage());
        }
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // Only read from; nothing to lose.
            }
        }
    }
}
