package nl.codewerk.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchFolderTest {

    @TempDir
    Path dir;

    @Test
    void poiTemporaryFilesGoIntoTheScratchFolderBesideTheTargetAndGoWithIt() throws IOException {
        Path scratchPath;
        try (ScratchFolder scratch = ScratchFolder.beside(dir.resolve("fragmenten.xlsx"))) {
            scratchPath = scratch.path();
            assertThat(scratchPath.getParent()).isEqualTo(dir);
            assertThat(scratchPath.getFileName().toString()).startsWith(".fragmenten.xlsx.codewerk-");
            File sheet = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
            assertThat(sheet.toPath().getParent()).isEqualTo(scratchPath);
            assertThat(TempFile.createTempDirectory("poi").toPath().getParent()).isEqualTo(scratchPath);
        }
        assertThat(scratchPath).doesNotExist();
        assertThat(ScratchFolder.current()).isEmpty();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void outsideAScratchFolderPoiIsRefusedATemporaryFile() throws IOException {
        ScratchFolder.beside(dir.resolve("x.xlsx")).close();
        assertThatThrownBy(() -> TempFile.createTempFile("poi-sxssf-sheet", ".xml"))
                .isInstanceOf(IOException.class).hasMessageContaining("scratch folder");
    }

    @Test
    void aNestedScratchFolderGivesBackTheOuterOne() throws IOException {
        try (ScratchFolder outer = ScratchFolder.beside(dir.resolve("a.xlsx"))) {
            try (ScratchFolder inner = ScratchFolder.beside(dir.resolve("b.xlsx"))) {
                assertThat(ScratchFolder.current()).contains(inner.path());
            }
            assertThat(ScratchFolder.current()).contains(outer.path());
            assertThat(outer.path()).isDirectory();
        }
    }

    /** POI's strategy is one for the JVM; exports on two threads at once must still each use their own folder. */
    @Test
    void exportsOnTwoThreadsAtOnceEachUseTheirOwnFolder() throws Exception {
        int threads = 4;
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Path folder = Files.createDirectory(dir.resolve("export-" + i));
                results.add(pool.submit(() -> {
                    try (ScratchFolder scratch = ScratchFolder.beside(folder.resolve("uit.xlsx"))) {
                        together.await(10, TimeUnit.SECONDS);
                        boolean own = true;
                        for (int n = 0; n < 50; n++) {
                            own &= TempFile.createTempFile("poi-sxssf-sheet", ".xml").toPath().getParent().equals(scratch.path());
                        }
                        return own;
                    }
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> left = Files.walk(dir)) {
            assertThat(left.filter(Files::isRegularFile)).as("every scratch folder deleted").isEmpty();
        }
    }
}
