package nl.codewerk.agreement;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.codewerk.i18n.Messages;
import nl.codewerk.workspace.Project;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The agreement report as an Excel workbook: a summary sheet (the unit, coders and transcripts,
 * then per code and pooled the counts and every measure with its interval and, where a value is
 * not defined, why) and a sheet listing every disagreement with its text and who coded it.
 * Headers are in the user's language. The file is written beside the target and moved into place,
 * so an existing report is replaced whole or not at all.
 */
public final class AgreementWorkbook {

    /** Excel's limit on the characters in one cell. */
    static final int MAX_CELL = 32_767;

    private AgreementWorkbook() {
    }

    public static void write(Project project, AgreementResult result, Path file) throws IOException {
        Map<Long, String> texts = new HashMap<>();
        for (UnitPresence d : result.disagreements()) {
            texts.computeIfAbsent(d.transcriptId(), id -> project.transcripts().get(id).orElseThrow().text());
        }
        Path absolute = file.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".writing-" + UUID.randomUUID());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet(Messages.get("report.summary")), result, styles);
            disagreements(workbook.createSheet(Messages.get("report.disagreements")), result, texts, styles);
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private record Styles(CellStyle bold, CellStyle coefficient) {
        Styles(XSSFWorkbook workbook) {
            this(workbook.createCellStyle(), workbook.createCellStyle());
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            coefficient.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
        }
    }

    private static void summary(Sheet sheet, AgreementResult result, Styles styles) {
        int r = 0;
        r = label(sheet, r, Messages.get("report.unit"), result.unit().id(), styles);
        r = label(sheet, r, Messages.get("report.coders"), String.join(", ", result.coders()), styles);
        r = label(sheet, r, Messages.get("report.transcripts"), result.transcripts().size() + ": "
                + String.join(", ", result.transcripts().stream().map(AgreementResult.ComparedTranscript::name).toList()), styles);
        r = label(sheet, r, "", Messages.get("report.bootstrap", BootstrapInterval.DEFAULT_RESAMPLES, BootstrapInterval.DEFAULT_SEED),
                styles);
        r++;
        boolean two = result.coders().size() == 2;
        List<String> headers = new ArrayList<>(List.of(Messages.get("report.code"), Messages.get("report.codePath"),
                Messages.get("report.units")));
        if (two) {
            headers.addAll(List.of(Messages.get("report.both"), Messages.get("report.only", result.coders().get(0)),
                    Messages.get("report.only", result.coders().get(1)), Messages.get("report.neither")));
        } else {
            headers.addAll(List.of(Messages.get("report.allCoders"), Messages.get("report.someCoders"),
                    Messages.get("report.noCoder")));
        }
        for (AgreementMeasure measure : AgreementMeasure.values()) {
            String name = Messages.get("report.measure." + measure.id());
            headers.add(name);
            if (measure.bootstrapped()) {
                headers.add(Messages.get("report.low", name));
                headers.add(Messages.get("report.high", name));
            }
        }
        headers.add(Messages.get("report.notDefined"));
        header(sheet.createRow(r++), headers, styles);
        List<AgreementRow> rows = new ArrayList<>();
        rows.add(result.pooled());
        rows.addAll(result.codes());
        for (AgreementRow row : rows) {
            Row out = sheet.createRow(r++);
            int c = 0;
            out.createCell(c++).setCellValue(row.pooled() ? Messages.get("report.pooled") : row.codeId());
            out.createCell(c++).setCellValue(row.pooled() ? row.codes() + " " + Messages.get("report.codes").toLowerCase(java.util.Locale.ROOT) : row.codePath());
            PresenceCounts counts = row.counts();
            long[] cells = two ? new long[] {counts.units(), counts.both(), counts.onlyA(), counts.onlyB(), counts.neither()}
                    : new long[] {counts.units(), counts.allCoders(), counts.someCoders(), counts.noCoder()};
            for (long n : cells) {
                out.createCell(c++).setCellValue(n);
            }
            List<String> reasons = new ArrayList<>();
            for (AgreementMeasure measure : AgreementMeasure.values()) {
                AgreementValue value = row.value(measure);
                coefficient(out.createCell(c++), value.valueOrNull(), styles);
                if (measure.bootstrapped()) {
                    Optional<BootstrapInterval> ci = row.interval(measure);
                    coefficient(out.createCell(c++), ci.map(BootstrapInterval::lower).orElse(null), styles);
                    coefficient(out.createCell(c++), ci.map(BootstrapInterval::upper).orElse(null), styles);
                }
                if (!value.isDefined()) {
                    reasons.add(measure.id() + ": " + value.reasonOrNull());
                }
            }
            out.createCell(c).setCellValue(String.join("; ", reasons));
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 45 * 256);
        sheet.createFreezePane(2, 6);
        printOnePageWide(sheet);
    }

    private static void disagreements(Sheet sheet, AgreementResult result, Map<Long, String> texts, Styles styles) {
        Map<String, String> paths = new HashMap<>();
        result.codes().forEach(r -> paths.put(r.codeId(), r.codePath()));
        header(sheet.createRow(0), List.of(Messages.get("report.code"), Messages.get("report.codePath"),
                Messages.get("report.transcript"), Messages.get("report.start"), Messages.get("report.end"),
                Messages.get("report.text"), Messages.get("report.codedBy"), Messages.get("report.notCodedBy")), styles);
        int r = 1;
        for (UnitPresence d : result.disagreements()) {
            Row out = sheet.createRow(r++);
            out.createCell(0).setCellValue(d.codeId());
            out.createCell(1).setCellValue(paths.get(d.codeId()));
            out.createCell(2).setCellValue(result.transcriptName(d.transcriptId()));
            out.createCell(3).setCellValue(d.start());
            out.createCell(4).setCellValue(d.end());
            String text = texts.get(d.transcriptId()).substring(d.start(), d.end());
            out.createCell(5).setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text);
            out.createCell(6).setCellValue(String.join(", ", d.codedBy(result.coders())));
            out.createCell(7).setCellValue(String.join(", ", d.notCodedBy(result.coders())));
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 25 * 256);
        sheet.setColumnWidth(5, 80 * 256);
        sheet.createFreezePane(0, 1);
        printOnePageWide(sheet);
    }

    private static int label(Sheet sheet, int r, String label, String value, Styles styles) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(label);
        cell.setCellStyle(styles.bold());
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    private static void header(Row row, List<String> names, Styles styles) {
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(styles.bold());
        }
    }

    private static void coefficient(Cell cell, Double value, Styles styles) {
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.coefficient());
        }
    }

    /** Printed or turned into a PDF, a sheet is landscape and one page wide, as a thesis appendix needs. */
    private static void printOnePageWide(org.apache.poi.ss.usermodel.Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
