package nl.codewerk.transcript;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Reads a ZIP package (docx, odt) once before any parser sees it: a damaged archive, an entry
 * that unpacks to an absurd size, or an entry that inflates far more than documents do (a zip
 * bomb) is refused here, with a fixed-size buffer, whatever sizes the archive declares. An
 * archive without its end record was cut off (an interrupted download or copy): it is refused
 * as damaged even when the entries that remain are whole, because what is missing cannot be known.
 */
final class ZipGuard {

    /** No part of a transcript document unpacks to more than this. */
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    /** Above this size an entry must not inflate more than {@link #MAX_RATIO} times. */
    static final long RATIO_THRESHOLD_BYTES = 10L * 1024 * 1024;
    static final int MAX_RATIO = 100;

    static {
        // POI's own zip-bomb guard with the same limits, for every POI read (docx, xlsx); JVM-wide settings.
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private ZipGuard() {
    }

    /**
     * Checks every entry and returns the contents of those named in {@code keep}.
     *
     * @param format the format name for messages ("DOCX", "ODT")
     */
    static Map<String, byte[]> check(byte[] zip, String format, Set<String> keep) {
        if (!hasEndRecord(zip)) {
            throw new ImportRefusedException("import.damaged", format);
        }
        Map<String, byte[]> kept = new HashMap<>();
        CountingStream counted = new CountingStream(new ByteArrayInputStream(zip));
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new ImportRefusedException("import.zipTooManyEntries", format, MAX_ENTRIES);
                }
                if (entry.getSize() > MAX_ENTRY_BYTES) {
                    throw new ImportRefusedException("import.zipBomb", format, MAX_ENTRY_BYTES / (1024 * 1024));
                }
                ByteArrayOutputStream copy = keep.contains(entry.getName()) ? new ByteArrayOutputStream() : null;
                long startPosition = counted.position;
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    long compressed = Math.max(1, counted.position - startPosition);
                    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES
                            || (size > RATIO_THRESHOLD_BYTES && size / compressed > MAX_RATIO)) {
                        throw new ImportRefusedException("import.zipBomb", format, MAX_ENTRY_BYTES / (1024 * 1024));
                    }
                    if (copy != null) {
                        copy.write(buffer, 0, n);
                    }
                }
                if (copy != null) {
                    kept.put(entry.getName(), copy.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipException, an early EOF, a malformed entry name: the archive is damaged.
            throw new ImportRefusedException(e, "import.damaged", format);
        }
        if (entries == 0) {
            throw new ImportRefusedException("import.damaged", format);
        }
        return kept;
    }

    /** The end-of-central-directory record ("PK\5\6") sits in the last 64 KiB + 22 bytes of a whole archive. */
    static boolean hasEndRecord(byte[] zip) {
        int lowest = Math.max(0, zip.length - (0xFFFF + 22));
        for (int i = zip.length - 22; i >= lowest; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /** Counts the compressed bytes consumed, to measure how much each entry inflates. */
    private static final class CountingStream extends FilterInputStream {
        long position;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            position += skipped;
            return skipped;
        }
    }
}
