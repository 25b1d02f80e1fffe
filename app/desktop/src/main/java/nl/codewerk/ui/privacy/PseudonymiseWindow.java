package nl.codewerk.ui.privacy;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.codewerk.ui.i18n.I18n;

/** The pseudonymise dialog in a window of its own. */
public final class PseudonymiseWindow {

    private PseudonymiseWindow() {
    }

    public static Stage open(PseudonymiseModel model, Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(I18n.t("pseudo.title"));
        Scene scene = new Scene(new PseudonymiseView(model, stage::close), 1100, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
