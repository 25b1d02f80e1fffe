package nl.codewerk.cli.export;

import java.nio.file.Path;
import java.util.List;
import nl.codewerk.export.OutputKind;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.export.cooccurrence.CooccurrenceCounter;
import nl.codewerk.export.cooccurrence.CooccurrenceExport;
import nl.codewerk.export.cooccurrence.CooccurrenceMatrix;
import nl.codewerk.export.cooccurrence.CooccurrenceUnit;
import nl.codewerk.export.table.TableCsv;
import nl.codewerk.i18n.Messages;
import nl.codewerk.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cooccurrence", description = {"Codes against codes: how often two codes occur in the same turn, or cover the same text.",
        "Counting rules: docs/exports.md."})
public final class CooccurrenceCommand extends ExportCommand {

    @Option(names = "--unit", paramLabel = "turn|overlap", defaultValue = "turn",
            description = "turn: turns with both codes (default); overlap: stretches of text coded with both.")
    String unit;

    @Option(names = "--codes", split = ",", paramLabel = "ID,...", description = "Only these codes (ids or paths), each with its subcodes.")
    List<String> codes;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.xlsx (with a settings sheet) or FILE.csv.")
    Path out;

    @Option(names = "--separator", paramLabel = "comma|semicolon", defaultValue = "comma", description = "CSV separator.")
    String separator;

    @Option(names = "--bom", description = "Start the CSV with a byte order mark so Excel reads it as UTF-8.")
    boolean bom;

    @Override
    int export(ProjectSnapshot snapshot) {
        OutputKind kind = OutputKind.of(out, OutputKind.XLSX, OutputKind.CSV);
        CooccurrenceMatrix matrix = new CooccurrenceCounter(snapshot).count(filter(codes), CooccurrenceUnit.parse(unit), Progress.NONE);
        if (kind == OutputKind.CSV) {
            CooccurrenceExport.csv(matrix, out, TableCsv.Separator.parse(separator), bom, Messages.locale());
        } else {
            CooccurrenceExport.write(matrix, out, Messages.locale(), Progress.NONE);
        }
        out().println(message("export.cli.wroteMatrix", out, matrix.codes().size()));
        return OK;
    }
}
