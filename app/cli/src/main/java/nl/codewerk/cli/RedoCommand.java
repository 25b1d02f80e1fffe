package nl.codewerk.cli;

import java.nio.file.Path;
import java.util.Optional;
import nl.codewerk.project.UndoLog;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "redo", description = "Redo the change undone last.")
final class RedoCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path file;

    @Override
    protected int run() {
        try (Project project = Project.open(file)) {
            Optional<String> label = project.undoLog().redo().map(UndoLog.Entry::label);
            print(Json.obj("redone", label.orElse(null)), label.map(l -> text("redo.done", l)).orElse(text("redo.nothing")));
        }
        return OK;
    }
}
