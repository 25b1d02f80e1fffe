package nl.codewerk.ui.workbench;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.codewerk.ui.common.Icons;
import nl.codewerk.ui.i18n.I18n;
import nl.codewerk.ui.session.ProjectSession;
import nl.codewerk.ui.task.TaskMonitor;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** The strip at the bottom: who is coding, and the running task with its progress and Cancel. */
final class StatusBar extends HBox {

    StatusBar(ProjectSession session, TaskMonitor monitor) {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        Label coder = new Label();
        coder.setId("coderStatus");
        coder.setGraphic(Icons.of(MaterialDesignA.ACCOUNT_OUTLINE));
        coder.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("status.coder", session.coder()), session.coderProperty()));
        coder.getStyleClass().add(Styles.TEXT_SMALL);

        Label task = new Label();
        task.setId("taskStatus");
        task.getStyleClass().add(Styles.TEXT_SMALL);
        task.textProperty().bind(Bindings.createStringBinding(
                () -> monitor.messageProperty().get().isEmpty() ? monitor.titleProperty().get()
                        : monitor.titleProperty().get() + " — " + monitor.messageProperty().get(),
                monitor.titleProperty(), monitor.messageProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setId("taskProgress");
        bar.setPrefWidth(180);
        bar.progressProperty().bind(monitor.progressProperty());
        Button cancel = new Button(I18n.t("status.cancel"));
        cancel.setId("cancelTask");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        cancel.setOnAction(e -> monitor.cancel());
        HBox running = new HBox(8, task, bar, cancel);
        running.setId("runningTask");
        running.setAlignment(Pos.CENTER_RIGHT);
        running.visibleProperty().bind(monitor.busyProperty());
        running.managedProperty().bind(monitor.busyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(coder, spacer, running);
    }
}
