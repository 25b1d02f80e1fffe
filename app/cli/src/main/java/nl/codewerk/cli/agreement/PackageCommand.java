package nl.codewerk.cli.agreement;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.codewerk.cli.Json;
import nl.codewerk.cli.JsonCommand;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.merge.CoderPackage;
import nl.codewerk.merge.CoderPackageService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code package PROJECT OUT.cwk [--coder NAME | --no-codings] [--json]}: writes a coder's
 * package (codebook, transcripts, cases, and that coder's codings or none) to hand out.
 */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = {"Write a project for a coder to work in: codebook, transcripts and cases, with one coder's codings or none."})
public final class PackageCommand extends JsonCommand {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project (.cwk); only read")
    Path project;

    @Parameters(index = "1", paramLabel = "OUT.cwk", description = "the package to write; must not exist")
    Path out;

    static final class Codings {
        @Option(names = "--coder", paramLabel = "NAME", description = "include this coder's codings")
        String coder;

        @Option(names = "--no-codings", description = "include no codings (the default)")
        boolean none;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Codings codings;

    @Override
    protected int run() {
        if (Files.exists(out)) {
            throw new LocalizedException("cli.package.exists", out);
        }
        CoderPackage made;
        try (Project source = Project.openReadOnly(project)) {
            made = new CoderPackageService(source).export(out, codings == null ? null : codings.coder);
        }
        print(Json.obj("file", made.file().toString(), "coder", made.coder(), "codes", made.codes(), "transcripts", made.transcripts(),
                        "cases", made.cases(), "codings", made.codings()),
                made.coder() == null
                        ? message("package.cli.done", made.file(), made.codes(), made.transcripts(), made.cases(), made.codings())
                        : message("package.cli.doneCoder", made.file(), made.codes(), made.transcripts(), made.cases(), made.codings(),
                                made.coder()));
        return OK;
    }
}
