package nl.codewerk.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The workbench application; for now only its window, which the desktop module fills. */
public final class WorkbenchApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Codewerk");
        stage.show();
    }
}
