package nl.codewerk.ui.agreement;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.codewerk.ui.i18n.I18n;

/** The agreement screen in a window of its own, beside the workbench, so codings stay in view. */
public final class AgreementWindow {

    private AgreementWindow() {
    }

    public static Stage open(AgreementModel model, Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(I18n.t("agreement.title"));
        Scene scene = new Scene(new AgreementView(model), 1180, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        model.load();
        return stage;
    }
}
