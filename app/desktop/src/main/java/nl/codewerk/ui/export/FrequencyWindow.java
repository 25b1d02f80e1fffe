package nl.codewerk.ui.export;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.codewerk.ui.i18n.I18n;

/** The Frequencies view in a window of its own. */
public final class FrequencyWindow {

    private FrequencyWindow() {
    }

    public static Stage open(ExportModel model, Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(I18n.t("freq.title"));
        Scene scene = new Scene(new FrequencyView(model), 1100, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
