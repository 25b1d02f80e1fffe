package nl.codewerk.export.fragments;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.codewerk.export.ExportTarget;
import nl.codewerk.export.OutputKind;
import nl.codewerk.export.table.TableXlsx;
import nl.codewerk.util.Progress;

/** Writes coded fragments to .docx or .xlsx, whole or not at all. */
public final class FragmentsExport {

    private FragmentsExport() {
    }

    public static void write(FragmentReport report, Path file, Locale locale, Progress progress) {
        switch (OutputKind.of(file, OutputKind.DOCX, OutputKind.XLSX)) {
            case DOCX -> ExportTarget.write(file, out -> new FragmentsDocx(report, locale).write(out, progress));
            case XLSX -> ExportTarget.write(file, out -> TableXlsx.write(List.of(FragmentsXlsx.table(report, locale)),
                    FragmentsXlsx.settings(report, locale), out, progress));
            default -> throw new IllegalStateException("not an allowed kind");
        }
    }
}
