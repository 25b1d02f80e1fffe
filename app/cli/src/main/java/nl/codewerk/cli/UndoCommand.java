package nl.codewerk.cli;

import java.nio.file.Path;
import java.util.Optional;
import nl.codewerk.project.UndoLog;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "undo", description = "Undo the latest change (the workbench and the command line share one history).")
final class UndoCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path file;

    @Override
    protected int run() {
        try (Project project = Project.open(file)) {
            Optional<String> label = project.undoLog().undo().map(UndoLog.Entry::label);
            print(Json.obj("undone", label.orElse(null)), label.map(l -> text("undo.done", l)).orElse(text("undo.nothing")));
        }
        return OK;
    }
}
