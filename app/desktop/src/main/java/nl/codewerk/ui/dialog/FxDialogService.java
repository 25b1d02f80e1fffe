package nl.codewerk.ui.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.codewerk.ui.i18n.I18n;

/** The dialogs of the real workbench, owned by its window. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(I18n.t("dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(I18n.t("dialog.no"), ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        FileChooser chooser = projectChooser(I18n.t("dialog.openProject"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewProjectFile() {
        FileChooser chooser = projectChooser(I18n.t("dialog.newProject"));
        chooser.setInitialFileName(I18n.t("dialog.newProjectName") + ".cwk");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(FxDialogService::withExtension);
    }

    @Override
    public Optional<Path> chooseExportFile(String title, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(I18n.t("dialog.excelFiles"), "*.xlsx");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(I18n.t("dialog.csvFiles"), "*.csv");
        chooser.getExtensionFilters().addAll(xlsx, csv);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(file -> {
            // Some platforms leave the extension off; the chosen filter says which format was meant.
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx") || name.endsWith(".csv")) {
                return file;
            }
            return file.resolveSibling(file.getFileName() + (chooser.getSelectedExtensionFilter() == csv ? ".csv" : ".xlsx"));
        });
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".cwk") ? file : file.resolveSibling(name + ".cwk");
    }

    private static FileChooser projectChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("dialog.projectFiles"), "*.cwk"));
        return chooser;
    }

    @Override
    public List<Path> chooseFilesToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("dialog.importFiles"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.t("dialog.transcriptFiles"), "*.txt", "*.docx", "*.doc", "*.odt", "*.rtf", "*.vtt", "*.srt", "*.md"),
                new FileChooser.ExtensionFilter(I18n.t("dialog.allFiles"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolderToImport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.t("dialog.importFolder"));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<String> patterns = extensions.stream().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", patterns), patterns));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(file -> {
            String name = file.getFileName().toString();
            return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file : file.resolveSibling(name + "." + extension);
        });
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showError(Throwable error) {
        showError(I18n.t("dialog.errorTitle"), ErrorText.of(error));
    }

    @Override
    public void showReport(Report report) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(report.title());
        dialog.setHeaderText(report.summary());
        TextArea text = new TextArea(report.asText());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 360);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(I18n.t("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        dialog.showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public <T> Optional<T> choose(String title, String label, List<T> options, T initial, Function<T, String> names) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<T> dialog = new ChoiceDialog<>(initial != null ? initial : options.getFirst(), options);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        dialog.getDialogPane().lookupAll(".combo-box").forEach(node -> {
            if (node instanceof javafx.scene.control.ComboBox<?> combo) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<T> typed = (javafx.scene.control.ComboBox<T>) combo;
                typed.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(T value) {
                        return value == null ? "" : names.apply(value);
                    }

                    @Override
                    public T fromString(String string) {
                        return null;
                    }
                });
            }
        });
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> chooseColor(String title, String initial) {
        Dialog<Color> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        ColorPicker picker = new ColorPicker(initial == null ? Color.GRAY : Color.web(initial));
        picker.getStyleClass().add(ColorPicker.STYLE_CLASS_BUTTON);
        dialog.getDialogPane().setContent(new VBox(8, new Label(title), picker));
        ButtonType ok = new ButtonType(I18n.t("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> button == ok ? picker.getValue() : null);
        return dialog.showAndWait().map(FxDialogService::hex);
    }

    static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02X%02X%02X",
                Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        return alert;
    }
}
