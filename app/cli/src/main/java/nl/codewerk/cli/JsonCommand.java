package nl.codewerk.cli;

import picocli.CommandLine.Option;

/** A command that can print its result as JSON instead of text. */
public abstract class JsonCommand extends BaseCommand {

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Override
    protected final boolean json() {
        return json;
    }
}
