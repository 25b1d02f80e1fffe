package nl.codewerk.cli.agreement;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.codewerk.agreement.AgreementAnalysis;
import nl.codewerk.agreement.AgreementJson;
import nl.codewerk.agreement.AgreementMeasure;
import nl.codewerk.agreement.AgreementResult;
import nl.codewerk.agreement.AgreementRow;
import nl.codewerk.agreement.AgreementTableReport;
import nl.codewerk.agreement.AgreementValue;
import nl.codewerk.agreement.AgreementWorkbook;
import nl.codewerk.agreement.MeasureLevel;
import nl.codewerk.agreement.PresenceCounts;
import nl.codewerk.agreement.RatingTable;
import nl.codewerk.agreement.RatingTableCsv;
import nl.codewerk.agreement.UnitOfComparison;
import nl.codewerk.cli.JsonCommand;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.util.Progress;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agreement PROJECT --coders A,B --unit turn ... [--json] [--out FILE.xlsx]} compares coders
 * in a project; {@code agreement --table FILE.csv --measure alpha [--level ...] [--categories ...]}
 * computes one measure on rating data. Exit 0 done, 1 results printed but the report file could
 * not be written, 2 wrong usage or nothing computed.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Inter-rater agreement between coders of a project, or of a rating table (CSV)."})
public final class AgreementCommand extends JsonCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "the project (.cwk)")
    Path project;

    @Option(names = "--table", paramLabel = "FILE.csv", description = "rating data: header row of coders, one row per unit")
    Path table;

    @Option(names = "--coders", paramLabel = "A,B[,C...]", description = "coders to compare; the first is coder A")
    List<String> coders;

    @Option(names = "--unit", paramLabel = "UNIT", description = "turn, sentence, paragraph, char or overlap[:PERCENT] (default 50)")
    String unit;

    @Option(names = "--codes", paramLabel = "ID,...", description = "codes (ids or name paths) to report and pool; default every code used")
    List<String> codes;

    @Option(names = "--transcripts", paramLabel = "T,...", description = "transcripts to compare; default those every coder has coded")
    List<String> transcripts;

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "also write the report as an Excel workbook")
    Path out;

    @Option(names = "--measure", paramLabel = "MEASURE", description = "with --table: percent, cohen, scott, fleiss, alpha, bp or ac1")
    String measure;

    @Option(names = "--level", paramLabel = "LEVEL", description = "with --table: nominal (default), ordinal, interval or ratio")
    String level;

    @Option(names = "--categories", paramLabel = "a,b,c", description = "with --table: the full category set, in order")
    List<String> categories;

    @Override
    protected int run() {
        if (project != null && table != null) {
            throw usage("cli.agreement.projectOrTable");
        }
        if (project == null && table == null) {
            throw usage("cli.agreement.needsProjectOrTable");
        }
        return table != null ? table() : project();
    }

    private int project() {
        for (String[] option : new String[][] {{"--measure", measure}, {"--level", level}}) {
            if (option[1] != null) {
                throw usage("cli.agreement.tableOnly", option[0]);
            }
        }
        if (categories != null) {
            throw usage("cli.agreement.tableOnly", "--categories");
        }
        if (coders == null || coders.isEmpty()) {
            throw usage("cli.agreement.needsCoders");
        }
        if (unit == null) {
            throw usage("cli.agreement.needsUnit");
        }
        UnitOfComparison chosen = UnitOfComparison.parse(unit);
        AgreementResult result;
        int exit = OK;
        try (Project opened = Project.openReadOnly(project)) {
            result = new AgreementAnalysis(opened).run(new AgreementAnalysis.Request(Lists.split(coders), chosen,
                    Lists.split(codes), Lists.split(transcripts)), Progress.NONE);
            if (out != null) {
                try {
                    AgreementWorkbook.write(opened, result, out);
                } catch (IOException e) {
                    err().println(message("agreement.reportNotWritten", out, describe(e)));
                    exit = REFUSED;
                }
            }
        }
        if (json()) {
            printJson(AgreementJson.of(result));
        } else {
            printText(out(), result);
        }
        return exit;
    }

    private int table() {
        for (String[] option : new String[][] {{"--unit", unit}, {"--out", out == null ? null : out.toString()}}) {
            if (option[1] != null) {
                throw usage("cli.agreement.projectOnly", option[0]);
            }
        }
        for (Object[] option : new Object[][] {{"--coders", coders}, {"--codes", codes}, {"--transcripts", transcripts}}) {
            if (option[1] != null) {
                throw usage("cli.agreement.projectOnly", option[0]);
            }
        }
        if (measure == null) {
            throw usage("cli.agreement.needsMeasure");
        }
        AgreementMeasure chosen;
        try {
            chosen = AgreementMeasure.parse(measure);
        } catch (IllegalArgumentException e) {
            throw usage("cli.agreement.badMeasure", measure);
        }
        MeasureLevel scale = MeasureLevel.NOMINAL;
        if (level != null) {
            try {
                scale = MeasureLevel.parse(level);
            } catch (IllegalArgumentException e) {
                throw usage("cli.agreement.badLevel", level);
            }
        }
        List<String> given = categories == null ? null : Lists.split(categories);
        RatingTable ratings;
        try {
            ratings = RatingTableCsv.read(table, scale, given);
        } catch (NoSuchFileException e) {
            throw usage("cli.agreement.tableUnreadable", table, "file not found");
        } catch (IOException e) {
            throw usage("cli.agreement.tableUnreadable", table, describe(e));
        } catch (IllegalArgumentException e) {
            throw usage("cli.agreement.badTable", table.getFileName(), e.getMessage());
        }
        AgreementTableReport report = AgreementTableReport.of(ratings, chosen.id(), scale, given);
        String value = report.value() == null ? "not defined: " + report.reason() : format(report.value());
        String ci = report.ci95() == null ? "" : "  95% CI [" + format(report.ci95().get(0)) + ", " + format(report.ci95().get(1)) + "]";
        print(report, report.measure() + " (" + report.level() + ", " + report.units() + " units): " + value + ci);
        return OK;
    }

    private void printText(PrintWriter out, AgreementResult result) {
        out.println(message("agreement.cli.summary", result.unit().id(), String.join(", ", result.coders()),
                result.transcripts().size(), result.disagreements().size()));
        boolean two = result.coders().size() == 2;
        List<String> header = new ArrayList<>(List.of("units"));
        header.addAll(two ? List.of("both", "onlyA", "onlyB", "neither") : List.of("all", "some", "none"));
        for (AgreementMeasure m : AgreementMeasure.values()) {
            header.add(m.id());
        }
        out.println(String.format(Locale.ROOT, "%-50s", "code") + columns(header));
        List<AgreementRow> rows = new ArrayList<>();
        rows.add(result.pooled());
        rows.addAll(result.codes());
        for (AgreementRow row : rows) {
            PresenceCounts c = row.counts();
            List<String> cells = new ArrayList<>(List.of(String.valueOf(c.units())));
            if (two) {
                cells.addAll(List.of(String.valueOf(c.both()), String.valueOf(c.onlyA()), String.valueOf(c.onlyB()),
                        String.valueOf(c.neither())));
            } else {
                cells.addAll(List.of(String.valueOf(c.allCoders()), String.valueOf(c.someCoders()), String.valueOf(c.noCoder())));
            }
            for (AgreementMeasure m : AgreementMeasure.values()) {
                AgreementValue v = row.value(m);
                cells.add(v.isDefined() ? format(v.valueOrNull()) : "-");
            }
            String name = row.pooled() ? message("agreement.cli.pooled", row.codes()) : row.codePath();
            out.println(String.format(Locale.ROOT, "%-50s", name.length() > 49 ? name.substring(0, 48) + "…" : name) + columns(cells));
        }
        out.println(message("agreement.cli.legend"));
    }

    private static String columns(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            line.append(String.format(Locale.ROOT, "%9s", cell));
        }
        return line.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Wrong usage: one line in the user's language, exit 2. */
    private static LocalizedException usage(String key, Object... args) {
        return new LocalizedException(key, args);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
