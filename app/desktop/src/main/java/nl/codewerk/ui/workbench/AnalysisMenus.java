package nl.codewerk.ui.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import nl.codewerk.ui.agreement.AgreementModel;
import nl.codewerk.ui.agreement.AgreementWindow;
import nl.codewerk.ui.i18n.I18n;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** The menus of the screens that work over the whole project: analysis. */
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
        all.add(analysis());
        return all;
    }

    private Menu analysis() {
        MenuItem agreement = WorkbenchMenus.item(I18n.t("menu.analysis.agreement"), MaterialDesignA.ACCOUNT_MULTIPLE_CHECK_OUTLINE,
                "Shortcut+Shift+A", () -> AgreementWindow.open(new AgreementModel(model.session()), window.get()));
        agreement.setId("agreementItem");
        Menu menu = new Menu(I18n.t("menu.analysis"), null, agreement);
        menu.setId("analysisMenu");
        return menu;
    }
}
