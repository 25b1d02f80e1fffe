package nl.codewerk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.codewerk.cases.Attribute;
import nl.codewerk.cases.AttributeType;
import nl.codewerk.cases.Case;
import org.junit.jupiter.api.Test;

class AttributionTemplateTest {

    private static final List<Attribute> ATTRIBUTES = List.of(new Attribute(1, "geslacht", AttributeType.TEXT, 0),
            new Attribute(2, "leeftijd", AttributeType.NUMBER, 1), new Attribute(3, "nog contact", AttributeType.BOOLEAN, 2));
    private static final Locale NL = Locale.of("nl");

    private static Case person(Object... values) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            attributes.put((String) values[i], values[i + 1]);
        }
        return new Case(1, "01-tante-anja", attributes);
    }

    private static String render(String template, Case c) {
        return new AttributionTemplate(template, ATTRIBUTES).render(new AttributionTemplate.Source(c, "01-tante-anja", "R", "Lotte"), NL);
    }

    @Test
    void fillsTheDefaultAsTheReportsWriteIt() {
        assertThat(render(AttributionTemplate.DEFAULT, person("geslacht", "vrouw", "leeftijd", 38L))).isEqualTo("(vrouw, 38)");
    }

    @Test
    void leavesOutWhatACaseLacksWithItsSeparator() {
        assertThat(render(AttributionTemplate.DEFAULT, person("geslacht", "man"))).isEqualTo("(man)");
        assertThat(render(AttributionTemplate.DEFAULT, person("leeftijd", 38L))).isEqualTo("(38)");
        assertThat(render(AttributionTemplate.DEFAULT, person())).isEmpty();
        assertThat(render(AttributionTemplate.DEFAULT, null)).isEmpty();
    }

    @Test
    void knowsCaseTranscriptSpeakerAndCoderInBothLanguages() {
        Case c = person("nog contact", true);
        assertThat(render("{casus} / {spreker}, contact: {Nog Contact} [{codeur}] {transcript}", c))
                .isEqualTo("01-tante-anja / R, contact: ja [Lotte] 01-tante-anja");
        assertThat(render("{case}: {speaker} ({coder})", c)).isEqualTo("01-tante-anja: R (Lotte)");
    }

    @Test
    void refusesAnUnknownPlaceholder() {
        assertThatThrownBy(() -> new AttributionTemplate("({gender}, {leeftijd})", ATTRIBUTES))
                .isInstanceOf(ExportException.class).hasMessageContaining("gender").hasMessageContaining("geslacht");
    }

    @Test
    void theDefaultFallsBackToTheCaseNameWithoutTheAttributes() {
        AttributionTemplate template = AttributionTemplate.defaultFor(List.of());
        assertThat(template.template()).isEqualTo("({case})");
        assertThat(template.render(new AttributionTemplate.Source(person(), "t", null, "Lotte"), NL)).isEqualTo("(01-tante-anja)");
    }
}
