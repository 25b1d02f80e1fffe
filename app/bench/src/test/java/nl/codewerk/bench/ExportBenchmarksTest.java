package nl.codewerk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportBenchmarksTest {

    @TempDir
    Path dir;

    @Test
    void measuresFrequencyWordAndExcelExports() throws Exception {
        List<Metric> metrics = new ExportBenchmarks(600).run(new BenchContext(6, 800, 7, dir));
        assertThat(metrics).extracting(Metric::metric).containsExactly("freq", "docx_export", "xlsx_export");
        assertThat(metrics).allSatisfy(m -> assertThat(m.value()).isPositive());
        Metric docx = metrics.get(1);
        assertThat(docx.baseline()).isPositive();
        assertThat(docx.target()).isEqualTo(ExportBenchmarks.DOCX_TARGET_MS);
        assertThat(docx.note()).startsWith("600 fragments");
        assertThat(dir.resolve("fragments.docx")).isNotEmptyFile();
    }

    /** The scale, by hand: {@code -Dcodewerk.bench.full=true}; prints the metrics. */
    @Test
    void twentyThousandFragments() throws Exception {
        assumeTrue(Boolean.getBoolean("codewerk.bench.full"), "set -Dcodewerk.bench.full=true for the full run");
        List<Metric> metrics = new ExportBenchmarks().run(new BenchContext(100, 2000, 20261123L, dir));
        metrics.forEach(System.out::println);
        assertThat(metrics.get(1).pass()).isTrue();
    }
}
