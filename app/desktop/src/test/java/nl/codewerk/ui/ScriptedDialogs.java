package nl.codewerk.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.codewerk.ui.dialog.DialogService;
import nl.codewerk.ui.dialog.ErrorText;
import nl.codewerk.ui.dialog.Report;

/**
 * Answers the workbench's questions in place of a person, from queues a test fills, and keeps
 * what the workbench told the person (infos, errors, reports) for the test to check.
 */
public final class ScriptedDialogs implements DialogService {

    public final Deque<Path> projectsToOpen = new ArrayDeque<>();
    public final Deque<Path> newProjectFiles = new ArrayDeque<>();
    public final Deque<List<Path>> filesToImport = new ArrayDeque<>();
    public final Deque<Path> foldersToImport = new ArrayDeque<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    public final Deque<Integer> choices = new ArrayDeque<>();
    public final Deque<String> colors = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> exportFiles = new ArrayDeque<>();

    public final List<String> infos = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<Report> reports = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message) {
        questions.add(message);
        Boolean answer = confirmations.poll();
        return answer != null && answer;
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return Optional.ofNullable(projectsToOpen.poll());
    }

    @Override
    public Optional<Path> chooseNewProjectFile() {
        return Optional.ofNullable(newProjectFiles.poll());
    }

    @Override
    public List<Path> chooseFilesToImport() {
        List<Path> files = filesToImport.poll();
        return files == null ? List.of() : files;
    }

    @Override
    public Optional<Path> chooseFolderToImport() {
        return Optional.ofNullable(foldersToImport.poll());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<String> extensions) {
        questions.add(title);
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String extension) {
        questions.add(title);
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<Path> chooseExportFile(String title, String initialName) {
        return Optional.ofNullable(exportFiles.poll());
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showError(Throwable error) {
        errors.add(ErrorText.of(error));
    }

    @Override
    public void showReport(Report report) {
        reports.add(report);
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        questions.add(title);
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public <T> Optional<T> choose(String title, String label, List<T> options, T initial, Function<T, String> names) {
        questions.add(title);
        Integer index = choices.poll();
        return index == null ? Optional.empty() : Optional.of(options.get(index));
    }

    @Override
    public Optional<String> chooseColor(String title, String initial) {
        return Optional.ofNullable(colors.poll());
    }
}
