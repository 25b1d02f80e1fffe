package nl.codewerk.cli;

import java.util.List;
import nl.codewerk.memo.Memo;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", description = "List all memos.")
final class MemoList extends JsonCommand {

    @ParentCommand
    MemoCommand parent;

    @Override
    protected int run() {
        try (Project project = Project.openReadOnly(parent.file)) {
            List<Memo> memos = project.memos().list();
            List<String> lines = memos.stream().map(MemoJson::line).toList();
            print(memos.stream().map(MemoJson::of).toList(),
                    lines.isEmpty() ? text("memo.none") : String.join(System.lineSeparator(), lines));
        }
        return OK;
    }
}
