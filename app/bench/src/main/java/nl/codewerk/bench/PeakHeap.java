package nl.codewerk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The highest heap use seen in this JVM, summed over the heap pools' peaks. */
final class PeakHeap {

    static final double TARGET_MB = 512;

    private PeakHeap() {
    }

    static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static Metric measure(String scale) {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        double maxMb = Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
        return Metric.measured("peak_heap", peak / (1024.0 * 1024.0), "MB", null, TARGET_MB, "value", scale,
                String.format("sum of heap pool peaks over the whole run; max heap (-Xmx) %.0f MB", maxMb));
    }
}
