package nl.codewerk.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import nl.codewerk.cases.Attribute;
import nl.codewerk.export.ExportFilter;
import nl.codewerk.export.ExportTarget;
import nl.codewerk.export.AttributionTemplate;
import nl.codewerk.export.ProjectSnapshot;
import nl.codewerk.export.codebook.CodebookExport;
import nl.codewerk.export.cooccurrence.CooccurrenceCounter;
import nl.codewerk.export.cooccurrence.CooccurrenceExport;
import nl.codewerk.export.cooccurrence.CooccurrenceUnit;
import nl.codewerk.export.fragments.FragmentCollector;
import nl.codewerk.export.fragments.FragmentOptions;
import nl.codewerk.export.fragments.FragmentsExport;
import nl.codewerk.export.freq.BarChartSvg;
import nl.codewerk.export.freq.FrequencyCounter;
import nl.codewerk.export.freq.FrequencyExport;
import nl.codewerk.export.freq.FrequencyOptions;
import nl.codewerk.export.freq.FrequencyTable;
import nl.codewerk.export.freq.Grouping;
import nl.codewerk.export.table.TableCsv;
import nl.codewerk.ui.dialog.DialogService;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.BackgroundTask;

/**
 * The Export menu's work: asks what and where through the dialog service, then writes the file
 * with core's exporters in the background, with progress, and says where it went.
 */
public final class ExportModel {

    /** How the frequency table breaks its counts down. */
    enum Breakdown { TOTAL, BY_CASE, BY_ATTRIBUTE, PER_CODER }

    private final ProjectSession session;

    public ExportModel(ProjectSession session) {
        this.session = session;
    }

    DialogService dialogs() {
        return session.dialogs();
    }

    private static Locale locale() {
        return I18n.locale();
    }

    /** Frequency table: the breakdown (and attribute), the format, the file. */
    public void frequencyTable() {
        session.run(BackgroundTask.of(progress -> ProjectSnapshot.load(session.project())).onSuccess(snapshot -> {
            Optional<Breakdown> breakdown = dialogs().choose(I18n.t("export.freq.title"), I18n.t("export.freq.breakdown"),
                    List.of(Breakdown.values()), Breakdown.TOTAL, ExportModel::name);
            if (breakdown.isEmpty()) {
                return;
            }
            FrequencyOptions options = FrequencyOptions.DEFAULT;
            switch (breakdown.get()) {
                case BY_CASE -> options = options.withGrouping(Grouping.CASE, null);
                case PER_CODER -> options = options.withPerCoder(true);
                case BY_ATTRIBUTE -> {
                    List<String> names = snapshot.attributes().stream().map(Attribute::name).toList();
                    if (names.isEmpty()) {
                        dialogs().showError(I18n.t("export.freq.title"), I18n.t("export.freq.noAttributes"));
                        return;
                    }
                    Optional<String> attribute = dialogs().choose(I18n.t("export.freq.title"), I18n.t("export.freq.attribute"),
                            names, names.getFirst(), name -> name);
                    if (attribute.isEmpty()) {
                        return;
                    }
                    options = options.withGrouping(Grouping.ATTRIBUTE, attribute.get());
                }
                case TOTAL -> { }
            }
            FrequencyOptions chosen = options;
            chooseFormat(I18n.t("export.freq.title"), I18n.t("export.freq.fileName"), List.of("xlsx", "csv")).ifPresent(file ->
                    write(file, progress -> {
                        FrequencyTable table = new FrequencyCounter(snapshot).count(chosen, progress);
                        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                            // Dutch Excel reads semicolons (decimal commas); the byte order mark makes it read UTF-8.
                            TableCsv.Separator separator = locale().getLanguage().equals("nl")
                                    ? TableCsv.Separator.SEMICOLON : TableCsv.Separator.COMMA;
                            FrequencyExport.csv(table, file, separator, true, locale());
                        } else {
                            FrequencyExport.xlsx(table, file, locale(), progress);
                        }
                    }));
        }));
    }

    /** Coded fragments with their attribution line. */
    public void fragments() {
        Optional<String> template = dialogs().askText(I18n.t("export.fragments.title"), I18n.t("export.fragments.template"),
                AttributionTemplate.DEFAULT);
        if (template.isEmpty()) {
            return;
        }
        chooseFormat(I18n.t("export.fragments.title"), I18n.t("export.fragments.fileName"), List.of("docx", "xlsx")).ifPresent(file ->
                write(file, progress -> {
                    ProjectSnapshot snapshot = ProjectSnapshot.load(session.project());
                    var report = new FragmentCollector(snapshot).collect(FragmentOptions.DEFAULT.withTemplate(template.get()), progress);
                    FragmentsExport.write(report, file, locale(), progress);
                }));
    }

    public void codebook() {
        chooseFormat(I18n.t("export.codebook.title"), I18n.t("export.codebook.fileName"), List.of("docx", "xlsx")).ifPresent(file ->
                write(file, progress -> new CodebookExport(ProjectSnapshot.load(session.project()), ExportFilter.ALL, locale(), progress)
                        .write(file, progress)));
    }

    /** The open transcript with its codings in the margin. */
    public void transcript(Long transcriptId, String name) {
        if (transcriptId == null) {
            dialogs().showError(I18n.t("export.transcript.title"), I18n.t("export.transcript.none"));
            return;
        }
        dialogs().chooseFileToSave(I18n.t("export.transcript.title"), name, "docx").ifPresent(file ->
                write(file, progress -> new nl.codewerk.export.transcript.TranscriptDocx(ProjectSnapshot.load(session.project()),
                        String.valueOf(transcriptId), ExportFilter.ALL, locale()).write(file, progress)));
    }

    public void cooccurrence() {
        dialogs().chooseFileToSave(I18n.t("export.cooccurrence.title"), I18n.t("export.cooccurrence.fileName"), "xlsx").ifPresent(file ->
                write(file, progress -> CooccurrenceExport.write(new CooccurrenceCounter(ProjectSnapshot.load(session.project()))
                        .count(ExportFilter.ALL, CooccurrenceUnit.TURN, progress), file, locale(), progress)));
    }

    /** Counts the frequency table for the Frequencies view. */
    public void frequencies(Consumer<FrequencyTable> show) {
        session.run(BackgroundTask.of(progress -> new FrequencyCounter(ProjectSnapshot.load(session.project()))
                .count(FrequencyOptions.DEFAULT, progress)).titled(I18n.t("export.freq.counting")).onSuccess(show));
    }

    /** The chart as core draws it, with as many codes as the view shows. */
    public void saveSvg(FrequencyTable table, int top) {
        dialogs().chooseFileToSave(I18n.t("freq.saveSvg"), I18n.t("freq.chartName"), "svg").ifPresent(file ->
                write(file, progress -> {
                    String svg = BarChartSvg.render(table, top, locale());
                    ExportTarget.write(file, out -> out.write(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }));
    }

    /** Writes a file in the background and says where it went; failures go to the error dialog. */
    void write(Path file, BackgroundTask.Action action) {
        session.run(BackgroundTask.action(action).titled(I18n.t("export.writing", file.getFileName()))
                .onSuccess(done -> dialogs().showInfo(I18n.t("export.doneTitle"), I18n.t("export.done", file))));
    }

    private Optional<Path> chooseFormat(String title, String fileName, List<String> formats) {
        return dialogs().choose(title, I18n.t("export.format"), formats, formats.getFirst(), f -> "." + f)
                .flatMap(format -> dialogs().chooseFileToSave(title, fileName, format));
    }

    private static String name(Breakdown breakdown) {
        return switch (breakdown) {
            case TOTAL -> I18n.t("export.freq.total");
            case BY_CASE -> I18n.t("export.freq.byCase");
            case BY_ATTRIBUTE -> I18n.t("export.freq.byAttribute");
            case PER_CODER -> I18n.t("export.freq.perCoder");
        };
    }

    static List<FrequencyTable.Row> top(FrequencyTable table, int n) {
        return new ArrayList<>(BarChartSvg.topRows(table, n));
    }
}
