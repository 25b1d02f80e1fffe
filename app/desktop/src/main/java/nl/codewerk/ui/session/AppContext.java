package nl.codewerk.ui.session;

import nl.codewerk.ui.dialog.DialogService;
import nl.codewerk.ui.settings.Settings;
import nl.codewerk.ui.task.TaskRunner;

/** What every screen of the workbench shares; tests build one with their own dialogs and runner. */
public record AppContext(Settings settings, TaskRunner tasks, DialogService dialogs) {
}
