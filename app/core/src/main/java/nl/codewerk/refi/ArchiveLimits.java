package nl.codewerk.refi;

/**
 * What an exchange archive may hold before it is refused as a likely zip bomb. Real projects
 * stay far below: the largest vendor export we have seen has a few dozen entries and a few MB.
 *
 * @param maxEntries       entries in the archive
 * @param maxTotalBytes    sum of the uncompressed sizes, as declared and as actually read
 * @param maxRatio         uncompressed to compressed size of one entry
 * @param ratioFloorBytes  entries smaller than this are not held to the ratio (a short text of
 *                         blanks compresses very well and harms nobody)
 * @param maxEntryBytes    one entry read into memory (the XML or one source text)
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, int maxRatio, long ratioFloorBytes, long maxEntryBytes) {

    public static final ArchiveLimits DEFAULT = new ArchiveLimits(10_000, 2L * 1024 * 1024 * 1024, 100, 1024 * 1024, 256L * 1024 * 1024);
}
