package nl.codewerk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code memo PROJECT add ...} and {@code memo PROJECT list}. */
@Command(name = "memo", description = "Write or list memos.", subcommands = {MemoAdd.class, MemoList.class})
final class MemoCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    Path file;

    @Override
    protected int run() {
        throw new ParameterException(spec.commandLine(), text("memo.missingAction"));
    }
}
