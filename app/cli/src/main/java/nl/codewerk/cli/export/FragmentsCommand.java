package nl.codewerk.cli.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.codewerk.codebook.CodebookException;
import nl.codewerk.export.OutputKind;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.export.fragments.FragmentCollector;
import nl.codewerk.export.fragments.FragmentOptions;
import nl.codewerk.export.fragments.FragmentReport;
import nl.codewerk.export.fragments.FragmentsExport;
import nl.codewerk.i18n.Messages;
import nl.codewerk.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fragments", description = {"Coded fragments per code in tree order, as quotes with an attribution, to Word;",
        "or one row per fragment to Excel. A code not in the project is reported and left out (exit 1)."})
public final class FragmentsCommand extends ExportCommand {

    @Option(names = "--codes", split = ",", paramLabel = "ID,...", description = "Only these codes (ids or paths), each with its subcodes.")
    List<String> codes;

    @Option(names = "--template", paramLabel = "\"...\"",
            description = "Attribution under each quote, e.g. \"({geslacht}, {leeftijd})\" (the default); also {case}, {speaker}, {transcript}, {coder}.")
    String template;

    @Option(names = "--context", paramLabel = "N", defaultValue = "0", description = "Words of context before and after each fragment.")
    int context;

    @Option(names = "--memos", description = "Include memos and comments on the codes and codings.")
    boolean memos;

    @Option(names = "--no-transcript-name", description = "Leave the transcript name out of the attribution.")
    boolean noTranscriptName;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.docx or FILE.xlsx.")
    Path out;

    @Override
    int export(ProjectSnapshot snapshot) {
        OutputKind.of(out, OutputKind.DOCX, OutputKind.XLSX);
        List<String> known = null;
        boolean refused = false;
        if (codes != null) {
            known = new ArrayList<>();
            for (String code : codes) {
                try {
                    snapshot.codebook().require(code.strip());
                    known.add(code.strip());
                } catch (CodebookException e) {
                    err().println(e.getMessage());
                    refused = true;
                }
            }
            if (known.isEmpty()) {
                return UNUSABLE;
            }
        }
        FragmentOptions options = new FragmentOptions(filter(known), template, context, memos, !noTranscriptName);
        FragmentReport report = new FragmentCollector(snapshot).collect(options, Progress.NONE);
        FragmentsExport.write(report, out, Messages.locale(), Progress.NONE);
        out().println(message("export.cli.wroteFragments", out, report.fragmentCount()));
        return refused ? REFUSED : OK;
    }
}
