package nl.codewerk.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodePathTest {

    @Test
    void escapedSlashStaysInsideAName() {
        assertThat(CodePath.parse("Betekenisgeving/Betekenis voor de JIM/Ervaring/Positieve ervaring\\/mening"))
                .containsExactly("Betekenisgeving", "Betekenis voor de JIM", "Ervaring", "Positieve ervaring/mening");
    }

    @Test
    void formatEscapesWhatParseUnescapes() {
        List<String> names = List.of("Kwaliteit van de relatie", "Prioriteit/houding van de JIM", "a\\b");
        assertThat(CodePath.parse(CodePath.format(names))).isEqualTo(names);
    }
}
