package nl.codewerk.ui.workbench;

import nl.codewerk.ui.common.ShellActions;
import nl.codewerk.ui.start.ProjectOpener;

/** What the workbench asks of the window: open another project, or go back to the start screen. */
public interface WorkbenchHost extends ShellActions {

    ProjectOpener opener();

    void closeToStart();
}
