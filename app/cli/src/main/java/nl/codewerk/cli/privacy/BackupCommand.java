package nl.codewerk.cli.privacy;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.codewerk.cli.BaseCommand;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.project.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backup PROJECT [--list] [--restore N]}: makes a copy (also while the workbench has the
 * project open), lists the copies newest first, or puts copy N back (only when the project is
 * open nowhere; the state it replaces is copied first). Works without the project file too, so a
 * lost project can be restored.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Makes a consistent copy of the project in the backups folder beside it (the newest 10 are kept),",
                "lists the copies (--list, newest first) or puts one back (--restore N)."})
public final class BackupCommand extends BaseCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.cwk)")
    Path project;

    @Option(names = "--list", description = "list the backups, newest first, numbered for --restore")
    boolean list;

    @Option(names = "--restore", paramLabel = "N", description = "put backup N of the list in place of the project")
    Integer restore;

    @Override
    protected int run() {
        if (list && restore != null) {
            throw new LocalizedException("backup.cli.both");
        }
        PrintWriter out = out();
        if (list) {
            List<Backups.Backup> all = Backups.list(project);
            if (all.isEmpty()) {
                out.println(message("backup.cli.none", project.getFileName(), Backups.folder(project)));
            }
            for (int i = 0; i < all.size(); i++) {
                Backups.Backup b = all.get(i);
                out.printf("%3d  %s  %-28s %9s  %s%n", i + 1, b.takenAt().format(WHEN), b.reason() == null ? "" : b.reason(),
                        Output.size(b.bytes()), b.file());
            }
        } else if (restore != null) {
            Backups.Restored restored = Backups.restore(project, restore);
            out.println(message("backup.cli.restored", restore, restored.restored().file().getFileName(), project.getFileName()));
            if (restored.replaced() != null) {
                out.println(message("backup.cli.replaced", restored.replaced().file()));
            }
        } else {
            Backups.Backup made = Backups.take(project, null);
            out.println(message("backup.cli.taken", made.file(), Output.size(made.bytes())));
        }
        return OK;
    }
}
