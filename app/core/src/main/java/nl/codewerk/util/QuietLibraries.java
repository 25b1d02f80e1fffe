package nl.codewerk.util;

/**
 * POI and Tika log through Log4j's API and SLF4J, with no backend on purpose: Codewerk's logs
 * must never carry transcript text. Without these settings each library prints a warning about
 * the missing backend on stderr, where only our one-line messages belong.
 */
public final class QuietLibraries {

    /** Held so the JUL settings are not garbage-collected with their loggers. */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    private QuietLibraries() {
    }

    /** Call before any library class loads (first thing in a main method). */
    public static void apply() {
        setIfAbsent("slf4j.internal.verbosity", "ERROR");
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
        setIfAbsent("log4j2.simplelogLevel", "OFF");
        // Lucene tells through java.util.logging that the Vector API module is not enabled.
        LUCENE.setLevel(java.util.logging.Level.SEVERE);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
