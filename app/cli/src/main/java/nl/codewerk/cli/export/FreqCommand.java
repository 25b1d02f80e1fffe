package nl.codewerk.cli.export;

import java.nio.file.Path;
import java.util.List;
import nl.codewerk.export.OutputKind;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.export.freq.FrequencyCounter;
import nl.codewerk.export.freq.FrequencyExport;
import nl.codewerk.export.freq.FrequencyJson;
import nl.codewerk.export.freq.FrequencyOptions;
import nl.codewerk.export.freq.FrequencyTable;
import nl.codewerk.export.freq.FrequencyText;
import nl.codewerk.export.table.TableCsv;
import nl.codewerk.i18n.Messages;
import nl.codewerk.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "freq", description = {"Frequency table: per code the cases mentioning it (n), % of cases, codings and words coded,",
        "for the code itself and with its subcodes; optionally per case, transcript or attribute value.",
        "Counting rules: docs/exports.md."})
public final class FreqCommand extends ExportCommand {

    @Option(names = "--by", paramLabel = "case|transcript|attribute:NAME", description = "Break the counts down per case, transcript or value of a case attribute.")
    String by;

    @Option(names = "--codes", split = ",", paramLabel = "ID,...", description = "Only these codes (ids or paths), each with its subcodes.")
    List<String> codes;

    @Option(names = "--per-coder", description = "Add the counts per coder.")
    boolean perCoder;

    @Option(names = "--out", paramLabel = "FILE", description = "Write FILE.xlsx (a sheet per table and one with the settings), FILE.csv or the chart as FILE.svg.")
    Path out;

    @Option(names = "--separator", paramLabel = "comma|semicolon", defaultValue = "comma", description = "CSV separator; semicolon (with decimal commas) suits Dutch Excel.")
    String separator;

    @Option(names = "--bom", description = "Start the CSV with a byte order mark so Excel reads it as UTF-8.")
    boolean bom;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also write a bar chart of the codes most cases mention.")
    Path chart;

    @Option(names = "--json", description = "Print the table as JSON (an array with an object per code).")
    boolean json;

    @Override
    int export(ProjectSnapshot snapshot) {
        FrequencyOptions options = FrequencyOptions.by(by).withFilter(filter(codes)).withPerCoder(perCoder);
        FrequencyTable table = new FrequencyCounter(snapshot).count(options, Progress.NONE);
        if (out != null) {
            if (OutputKind.of(out, OutputKind.XLSX, OutputKind.CSV, OutputKind.SVG) == OutputKind.CSV) {
                FrequencyExport.csv(table, out, TableCsv.Separator.parse(separator), bom, Messages.locale());
            } else {
                FrequencyExport.write(table, out, Messages.locale(), Progress.NONE);
            }
        }
        if (chart != null) {
            OutputKind.of(chart, OutputKind.SVG);
            FrequencyExport.svg(table, chart, Messages.locale());
        }
        if (json) {
            out().println(FrequencyJson.toJson(table));
        } else if (out == null && chart == null) {
            out().print(FrequencyText.render(table, Messages.locale()));
        } else {
            for (Path written : out == null ? List.of(chart) : chart == null ? List.of(out) : List.of(out, chart)) {
                out().println(message("export.cli.wrote", written));
            }
        }
        return OK;
    }
}
