package nl.codewerk.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the translations honest: every key the workbench looks up is in the English and the
 * Dutch bundle, the bundles hold the same keys, no key is unused, and both languages use the
 * same placeholders.
 */
class LocalisationConsistencyTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LOOKUP = Pattern.compile("I18n\\.t\\(");
    private static final Pattern LITERAL_LOOKUP = Pattern.compile("I18n\\.t\\(\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void everyKeyUsedInTheCodeIsInBothBundlesAndEveryBundleKeyIsUsed() throws IOException {
        Set<String> used = keysUsedInCode();
        Properties english = bundle("ui.properties");
        Properties dutch = bundle("ui_nl.properties");

        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).as("keys missing from ui.properties").containsAll(used);
        assertThat(dutch.stringPropertyNames()).as("keys missing from ui_nl.properties").containsAll(used);
        assertThat(new TreeSet<>(english.stringPropertyNames())).as("unused keys in ui.properties").isEqualTo(new TreeSet<>(used));
        assertThat(new TreeSet<>(dutch.stringPropertyNames())).as("keys of the Dutch bundle").isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void everyLookupNamesItsKeyLiterallySoThisTestCanSeeIt() throws IOException {
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            Matcher any = LOOKUP.matcher(source);
            while (any.find()) {
                assertThat(LITERAL_LOOKUP.matcher(source).region(any.start(), source.length()).lookingAt())
                        .as("I18n.t with a computed key in %s at %d", file, any.start()).isTrue();
            }
        }
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersAndEveryPatternParses() throws IOException {
        Properties english = bundle("ui.properties");
        Properties dutch = bundle("ui_nl.properties");
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String nl = dutch.getProperty(key, "");
            assertThat(placeholders(nl)).as("placeholders of %s", key).isEqualTo(placeholders(en));
            if (!placeholders(en).isEmpty()) {
                new MessageFormat(en);
                new MessageFormat(nl);
                assertThat(en.replace("''", "")).as("a lone apostrophe in %s swallows text", key).doesNotContain("'");
                assertThat(nl.replace("''", "")).as("a lone apostrophe in the Dutch %s swallows text", key).doesNotContain("'");
            }
        }
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher m = LITERAL_LOOKUP.matcher(Files.readString(file));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static java.util.List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
