package nl.codewerk.cli;

import nl.codewerk.memo.Memo;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "add", description = "Write a memo on the project, a transcript, a code or a coding.")
final class MemoAdd extends JsonCommand {

    @ParentCommand
    MemoCommand parent;

    @Option(names = "--on", required = true, paramLabel = "project|transcript:T|code:C|coding:ID",
            description = "What the memo is about (transcript by id or name, code by id or name path).")
    String on;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The memo.")
    String memoText;

    @Option(names = "--title", paramLabel = "T", description = "A title.")
    String title;

    @Option(names = "--author", paramLabel = "A", description = "Who writes it (default: the system user).")
    String author;

    @Override
    protected int run() {
        try (Project project = Project.open(parent.file)) {
            String who = author == null ? nl.codewerk.coding.CodingService.defaultCoder() : author;
            Memo memo = project.memos().add(MemoOn.parse(project, on), title, memoText, who);
            print(MemoJson.of(memo), text("memo.added", memo.id(), memo.target().spec()));
        }
        return OK;
    }
}
