package nl.codewerk.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.codewerk.cases.AttributeType;
import nl.codewerk.i18n.Messages;
import nl.codewerk.testsupport.Corpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every refusal and note of the importers exists in English and in Dutch. */
class ImportMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"((?:import|participants)\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)\"");

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/nl/codewerk/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> importKeys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("import.") || k.startsWith("participants.")).forEach(keys::add);
        return keys;
    }

    @Test
    void englishAndDutchHaveTheSameImportMessages() throws IOException {
        Properties en = bundle("core.properties");
        Properties nl = bundle("core_nl.properties");
        assertThat(importKeys(nl)).isEqualTo(importKeys(en));
        for (String key : importKeys(en)) {
            assertThat(en.getProperty(key)).as(key).isNotBlank().doesNotContain("\n");
            assertThat(nl.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
        }
    }

    @Test
    void everyKeyTheImportCodeUsesExists() throws IOException {
        Path sources = Corpus.repositoryRoot().orElseThrow().resolve("app/core/src/main/java/nl/codewerk/transcript");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (AttributeType type : AttributeType.values()) {
            used.add("participants.type." + type.dbName());
        }
        assertThat(used).contains("import.damaged", "import.encrypted", "import.zipBomb", "import.undecodable");
        assertThat(importKeys(bundle("core.properties"))).containsAll(used);
        assertThat(importKeys(bundle("core_nl.properties"))).containsAll(used);
    }

    @Test
    void aRefusalReadsInDutch() {
        ImportRefusedException e = new ImportRefusedException("import.damaged", "DOCX");
        Messages.setLocale(Locale.of("nl"));
        assertThat(e.getMessage()).isEqualTo("het DOCX-bestand is beschadigd of onvolledig en kan niet worden gelezen");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(e.getMessage()).isEqualTo("the DOCX file is damaged or incomplete and cannot be read");
    }
}
