package nl.codewerk.cli;

import java.nio.file.Path;
import nl.codewerk.demo.DemoProject;
import nl.codewerk.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "demo", description = "Build the demo project: the JIM codebook with fictional, coded sample interviews.")
final class DemoCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PATH.cwk", description = "Where to write it; an existing file is never overwritten.")
    Path file;

    @Override
    protected int run() {
        DemoProject.Result demo = DemoProject.build(file, Progress.NONE);
        print(Json.obj("file", demo.file().toString(), "transcripts", demo.transcripts(), "codings", demo.codings(), "memos", demo.memos()),
                text("demo.done", demo.file(), demo.transcripts(), demo.codings(), demo.memos()));
        return OK;
    }
}
