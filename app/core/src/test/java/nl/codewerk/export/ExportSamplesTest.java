package nl.codewerk.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.codewerk.export.codebook.CodebookExport;
import nl.codewerk.export.cooccurrence.CooccurrenceCounter;
import nl.codewerk.export.cooccurrence.CooccurrenceExport;
import nl.codewerk.export.cooccurrence.CooccurrenceUnit;
import nl.codewerk.export.fragments.FragmentCollector;
import nl.codewerk.export.fragments.FragmentOptions;
import nl.codewerk.export.fragments.FragmentsExport;
import nl.codewerk.export.freq.FrequencyCounter;
import nl.codewerk.export.freq.FrequencyExport;
import nl.codewerk.export.freq.FrequencyOptions;
import nl.codewerk.export.freq.FrequencyTable;
import nl.codewerk.export.table.TableCsv;
import nl.codewerk.export.transcript.TranscriptDocx;
import nl.codewerk.testsupport.CodedStudy;
import nl.codewerk.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes one file of every export of the test study into the folder named by the system
 * property {@code codewerk.exportSamples}, to open or render them (docs/exports.md says how);
 * skipped without it.
 */
class ExportSamplesTest {

    @TempDir
    Path dir;

    @Test
    void writeSamples() throws Exception {
        String target = System.getProperty("codewerk.exportSamples");
        assumeTrue(target != null && !target.isBlank(), "set -Dcodewerk.exportSamples=FOLDER to write samples");
        Path out = Files.createDirectories(Path.of(target));
        Locale nl = Locale.of("nl");
        try (CodedStudy study = CodedStudy.create(dir)) {
            ProjectSnapshot snapshot = ProjectSnapshot.load(study.project);
            FrequencyTable byContact = new FrequencyCounter(snapshot).count(FrequencyOptions.by("attribute:nog contact").withPerCoder(true), Progress.NONE);
            FrequencyExport.xlsx(byContact, out.resolve("frequenties.xlsx"), nl, Progress.NONE);
            FrequencyExport.csv(byContact, out.resolve("frequenties.csv"), TableCsv.Separator.SEMICOLON, true, nl);
            FrequencyExport.svg(byContact, out.resolve("frequenties.svg"), nl);
            FrequencyTable byCase = new FrequencyCounter(snapshot).count(FrequencyOptions.by("case"), Progress.NONE);
            FrequencyExport.xlsx(byCase, out.resolve("frequenties-per-casus.xlsx"), nl, Progress.NONE);
            CooccurrenceExport.write(new CooccurrenceCounter(snapshot).count(ExportFilter.ALL, CooccurrenceUnit.TURN, Progress.NONE),
                    out.resolve("samen-voorkomen.xlsx"), nl, Progress.NONE);
            var fragments = new FragmentCollector(snapshot).collect(FragmentOptions.DEFAULT.withContextWords(6).withMemos(true), Progress.NONE);
            FragmentsExport.write(fragments, out.resolve("fragmenten.docx"), nl, Progress.NONE);
            FragmentsExport.write(fragments, out.resolve("fragmenten.xlsx"), nl, Progress.NONE);
            new CodebookExport(snapshot, ExportFilter.ALL, nl, Progress.NONE).write(out.resolve("codeboek.docx"), Progress.NONE);
            new CodebookExport(snapshot, ExportFilter.ALL, nl, Progress.NONE).write(out.resolve("codeboek.xlsx"), Progress.NONE);
            new TranscriptDocx(snapshot, "01-tante-anja", ExportFilter.ALL, nl).write(out.resolve("transcript.docx"), Progress.NONE);
            new TranscriptDocx(snapshot, "03-duo-ria-en-vader", ExportFilter.ALL, nl).write(out.resolve("transcript-duo.docx"), Progress.NONE);
        }
    }
}
