package nl.codewerk.cli.agreement;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.i18n.Messages;
import nl.codewerk.merge.CoderPackage;
import nl.codewerk.merge.CoderPackageService;
import nl.codewerk.workspace.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code package PROJECT OUT.cwk [--coder NAME | --no-codings] [--json]}: writes a coder's
 * package (codebook, transcripts, cases, and that coder's codings or none) to hand out.
 */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = {"Write a project for a coder to work in: codebook, transcripts and cases, with one coder's codings or none."})
public final class PackageCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

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

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(out)) {
            err.println(Messages.get("cli.package.exists", out));
            return 2;
        }
        CoderPackage made;
        try (Project source = Project.openReadOnly(project)) {
            made = new CoderPackageService(source).export(out, codings == null ? null : codings.coder);
        } catch (LocalizedException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return 2;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            try {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("file", made.file().toString());
                map.put("coder", made.coder());
                map.put("codes", made.codes());
                map.put("transcripts", made.transcripts());
                map.put("cases", made.cases());
                map.put("codings", made.codings());
                stdout.println(JSON.writeValueAsString(map));
            } catch (IOException e) {
                throw new IllegalStateException("JSON of a package report cannot fail", e);
            }
        } else {
            stdout.println(made.coder() == null
                    ? nl.codewerk.i18n.Messages.get("package.cli.done", made.file(), made.codes(), made.transcripts(), made.cases(), made.codings())
                    : nl.codewerk.i18n.Messages.get("package.cli.doneCoder", made.file(), made.codes(), made.transcripts(), made.cases(),
                            made.codings(), made.coder()));
        }
        stdout.flush();
        return 0;
    }
}
