package nl.codewerk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every export message exists in English and Dutch, and every key the export code names exists. */
class ExportMessagesTest {

    @Test
    void bothLanguagesHaveTheSameExportKeys() throws IOException {
        assertThat(exportKeys("core_nl.properties")).isEqualTo(exportKeys("core.properties")).isNotEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = exportKeys("core.properties");
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(export\\.[A-Za-z.]+[A-Za-z])\"");
        Pattern setting = Pattern.compile("\\.add\\(\"([A-Za-z]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/codewerk/export"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = literal.matcher(source);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher s = setting.matcher(source);
                while (s.find()) {
                    used.add("export.setting." + s.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used);
        for (String prefix : new String[] {"export.level.", "export.unit.", "export.definition.cooccurrence.", "export.definition.diagonal."}) {
            assertThat(keys).anyMatch(k -> k.startsWith(prefix));
        }
    }

    private static Set<String> exportKeys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ExportMessagesTest.class.getResourceAsStream("/nl/codewerk/i18n/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("export.")).forEach(keys::add);
        return keys;
    }
}
