package nl.codewerk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import nl.codewerk.i18n.Messages;
import nl.codewerk.util.CancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTargetTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheTargetWhole() throws IOException {
        Path file = dir.resolve("uit.csv");
        Files.writeString(file, "oud");
        ExportTarget.write(file, out -> out.write("nieuw".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("nieuw");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("uit.csv");
        Files.writeString(file, "oud");
        assertThatThrownBy(() -> ExportTarget.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("device error");
        })).isInstanceOf(ExportException.class).hasMessageContaining("uit.csv").hasMessageContaining("device error");
        assertThat(file).hasContent("oud");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aCancelledExportLeavesNothing() {
        Path file = dir.resolve("uit.docx");
        assertThatThrownBy(() -> ExportTarget.write(file, out -> {
            out.write(1);
            throw new CancelledException();
        })).isInstanceOf(CancelledException.class);
        assertThat(file).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    /** SXSSF streams rows (interview text) to a temporary file: it must be in the scratch folder beside the target. */
    @Test
    void aStreamedWorkbookKeepsItsTemporaryFilesBesideTheTargetAndRemovesThem() throws IOException {
        Path file = dir.resolve("uit.xlsx");
        java.util.List<Path> seen = new java.util.ArrayList<>();
        ExportTarget.write(file, out -> {
            try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(2)) {
                var sheet = workbook.createSheet("fragmenten");
                for (int r = 0; r < 10; r++) {
                    sheet.createRow(r).createCell(0).setCellValue("Ik zie haar elke week, zegt Sanne.");
                }
                Path scratch = nl.codewerk.util.ScratchFolder.current().orElseThrow();
                try (Stream<Path> files = Files.list(scratch)) {
                    files.forEach(seen::add);
                }
                workbook.write(out);
            }
        });
        assertThat(seen).as("POI's sheet file, in the scratch folder beside the target")
                .anySatisfy(p -> assertThat(p.getFileName().toString()).startsWith("poi-sxssf-sheet"))
                .allSatisfy(p -> assertThat(p.getParent().getParent()).isEqualTo(dir));
        assertThat(file).isRegularFile();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesAFileThatLibreOfficeOrWordHasOpen() throws IOException {
        Path file = dir.resolve("frequenties.xlsx");
        Files.writeString(dir.resolve(".~lock.frequenties.xlsx#"), "lock");
        assertThatThrownBy(() -> ExportTarget.write(file, out -> out.write(1)))
                .isInstanceOf(ExportException.class)
                .satisfies(e -> assertThat(((ExportException) e).key()).isEqualTo("export.fileInUse"))
                .hasMessageContaining("frequenties.xlsx").hasMessageContaining("Close it");
        Files.delete(dir.resolve(".~lock.frequenties.xlsx#"));
        Files.writeString(dir.resolve("~$equenties.xlsx"), "owner");
        assertThatThrownBy(() -> ExportTarget.write(file, out -> out.write(1))).isInstanceOf(ExportException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void explainsInDutchToo() {
        ExportException e = new ExportException("export.fileInUse", "fragmenten.docx");
        assertThat(e.getMessage(Locale.of("nl"))).isEqualTo(
                "fragmenten.docx is geopend in een ander programma (Word, Excel, LibreOffice). Sluit het daar en exporteer opnieuw; er is niets geschreven.");
        assertThat(Messages.get(Locale.of("nl"), "export.notWritable", "x")).contains("alleen-lezen");
    }

    @Test
    void refusesAReadOnlyTarget() throws IOException {
        Path file = dir.resolve("codeboek.docx");
        Files.writeString(file, "oud");
        assumeTrue(file.toFile().setWritable(false) && !Files.isWritable(file), "the file system lets this user write read-only files");
        try {
            assertThatThrownBy(() -> ExportTarget.write(file, out -> out.write(1)))
                    .isInstanceOf(ExportException.class)
                    .satisfies(e -> assertThat(((ExportException) e).key()).isEqualTo("export.notWritable"));
            assertThat(file).hasContent("oud");
        } finally {
            file.toFile().setWritable(true);
        }
    }

    @Test
    void refusesAMissingFolderOrAFolderAsTarget() {
        assertThatThrownBy(() -> ExportTarget.write(dir.resolve("nergens/uit.xlsx"), out -> out.write(1)))
                .isInstanceOf(ExportException.class)
                .satisfies(e -> assertThat(((ExportException) e).key()).isEqualTo("export.noFolder"));
        assertThatThrownBy(() -> ExportTarget.write(dir, out -> out.write(1)))
                .isInstanceOf(ExportException.class)
                .satisfies(e -> assertThat(((ExportException) e).key()).isEqualTo("export.isFolder"));
    }

    @Test
    void refusesAFolderItCannotWriteIn() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("alleen-lezen"));
        assumeTrue(locked.toFile().setWritable(false) && !Files.isWritable(locked), "the file system lets this user write read-only folders");
        try {
            assertThatThrownBy(() -> ExportTarget.write(locked.resolve("uit.xlsx"), out -> out.write(1)))
                    .isInstanceOf(ExportException.class)
                    .satisfies(e -> assertThat(((ExportException) e).key()).isEqualTo("export.notWritable"));
        } finally {
            locked.toFile().setWritable(true);
        }
    }

    private java.util.List<Path> leftovers() {
        try (Stream<Path> files = Files.list(dir)) {
            // Anything but the export itself: a half-written file or the scratch folder.
            return files.filter(p -> !p.getFileName().toString().startsWith("uit.")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
