package nl.codewerk.launcher;

import java.lang.reflect.InvocationTargetException;
import nl.codewerk.cli.CodewerkCommand;

/**
 * The main class of {@code codewerk.jar}: with arguments it is the command line, without them
 * the workbench. The workbench is reached by reflection so that a command never loads a JavaFX
 * class: scripts and servers without a display run every command.
 */
public final class Launcher {

    static final String WORKBENCH = "nl.codewerk.ui.WorkbenchLauncher";

    private Launcher() {
    }

    public static void main(String[] args) {
        CodewerkCommand.quietLibraries();
        if (args.length > 0 && !opensWorkbench(args)) {
            System.exit(CodewerkCommand.execute(args));
        }
        startWorkbench(args);
    }

    /** {@code --demo} or a single project file opens the workbench on it; anything else is a command. */
    static boolean opensWorkbench(String[] args) {
        return args.length == 1 && (args[0].equals("--demo") || (args[0].endsWith(".cwk") && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]))));
    }

    private static void startWorkbench(String[] args) {
        try {
            Class.forName(WORKBENCH).getMethod("launch", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            fail(e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            fail(e);
        }
    }

    /** No stack trace, as on the command line: say why the workbench could not start and what still works. */
    private static void fail(Throwable problem) {
        System.err.println("Codewerk: the workbench cannot start: " + problem
                + System.lineSeparator() + "Commands still work: java -jar codewerk.jar --help");
        System.exit(2);
    }
}
