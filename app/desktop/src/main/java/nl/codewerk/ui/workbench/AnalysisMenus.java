package nl.codewerk.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import nl.codewerk.ui.agreement.AgreementModel;
import nl.codewerk.ui.agreement.AgreementWindow;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.refi.RefiModel;
import nl.codewerk.ui.export.ExportModel;
import nl.codewerk.ui.export.FrequencyWindow;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The menus of the screens that work over the whole project: analysis, export and codebook exchange. */
final class AnalysisMenus {

    private final WorkbenchModel model;
    private final Supplier<Window> window;

    AnalysisMenus(WorkbenchModel model, Supplier<Window> window) {
        this.model = model;
        this.window = window;
    }

    /** The feature menus with these added after them. */
    List<Menu> after(List<Menu> featureMenus) {
        List<Menu> all = new ArrayList<>(featureMenus);
        all.stream().filter(m -> "codebookMenu".equals(m.getId())).findFirst().ifPresent(this::addQdc);
        all.add(analysis());
        all.add(export());
        return all;
    }

    /** REFI-QDA codebook exchange at the end of the Codebook menu. */
    private void addQdc(Menu codebookMenu) {
        RefiModel refi = new RefiModel(model.session(), file -> { });
        MenuItem importQdc = WorkbenchMenus.item(I18n.t("menu.codebook.importQdc"), MaterialDesignB.BOOK_ARROW_DOWN_OUTLINE,
                "Shortcut+Alt+Q", refi::importCodebook);
        importQdc.setId("importQdc");
        MenuItem exportQdc = WorkbenchMenus.item(I18n.t("menu.codebook.exportQdc"), MaterialDesignB.BOOK_ARROW_UP_OUTLINE,
                "Shortcut+Alt+W", refi::exportCodebook);
        exportQdc.setId("exportQdc");
        codebookMenu.getItems().addAll(new SeparatorMenuItem(), importQdc, exportQdc);
    }

    private Menu export() {
        ExportModel exports = new ExportModel(model.session());
        MenuItem freq = WorkbenchMenus.item(I18n.t("menu.export.freq"), MaterialDesignT.TABLE, "Shortcut+Alt+F", exports::frequencyTable);
        freq.setId("exportFreq");
        MenuItem fragments = WorkbenchMenus.item(I18n.t("menu.export.fragments"), MaterialDesignF.FORMAT_QUOTE_OPEN, "Shortcut+Alt+G",
                exports::fragments);
        fragments.setId("exportFragments");
        MenuItem codebook = WorkbenchMenus.item(I18n.t("menu.export.codebook"), MaterialDesignB.BOOK_OPEN_OUTLINE, "Shortcut+Alt+B",
                exports::codebook);
        codebook.setId("exportCodebook");
        MenuItem transcript = WorkbenchMenus.item(I18n.t("menu.export.transcript"), MaterialDesignF.FILE_DOCUMENT_OUTLINE, "Shortcut+Alt+T",
                () -> {
                    var open = model.transcript().transcriptProperty().get();
                    exports.transcript(open == null ? null : open.id(), open == null ? "" : open.name());
                });
        transcript.setId("exportTranscript");
        MenuItem cooccurrence = WorkbenchMenus.item(I18n.t("menu.export.cooccurrence"), MaterialDesignG.GRID, "Shortcut+Alt+O",
                exports::cooccurrence);
        cooccurrence.setId("exportCooccurrence");
        Menu menu = new Menu(I18n.t("menu.export"), null, freq, fragments, codebook, transcript, cooccurrence);
        menu.setId("exportMenu");
        return menu;
    }

    private Menu analysis() {
        MenuItem agreement = WorkbenchMenus.item(I18n.t("menu.analysis.agreement"), MaterialDesignA.ACCOUNT_MULTIPLE_CHECK_OUTLINE,
                "Shortcut+Shift+A", () -> AgreementWindow.open(new AgreementModel(model.session()), window.get()));
        agreement.setId("agreementItem");
        MenuItem frequencies = WorkbenchMenus.item(I18n.t("menu.analysis.frequencies"), MaterialDesignC.CHART_BOX_OUTLINE, "Shortcut+Shift+Q",
                () -> FrequencyWindow.open(new ExportModel(model.session()), window.get()));
        frequencies.setId("frequenciesItem");
        Menu menu = new Menu(I18n.t("menu.analysis"), null, agreement, frequencies);
        menu.setId("analysisMenu");
        return menu;
    }
}
