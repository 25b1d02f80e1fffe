package nl.codewerk.bench;

/** Wall-clock timing in milliseconds. */
final class Timer {

    private Timer() {
    }

    interface Work {
        void run() throws Exception;
    }

    static double millis(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    static double percentile(java.util.List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

}
