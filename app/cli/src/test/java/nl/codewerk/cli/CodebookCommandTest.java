package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookCommandTest {

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void makeProject() {
        project = Fixtures.importedProject(dir);
    }

    private JsonNode tree() {
        Cli.Result result = Cli.run("codebook", project, "--json");
        assertThat(result.exit()).as(result.err()).isZero();
        return result.json();
    }

    private Cli.Result ok(Object... args) {
        Cli.Result result = Cli.run(args);
        assertThat(result.exit()).as(result.err()).isZero();
        return result;
    }

    @Test
    void printsTheTreeAsJson() {
        ok("code", project, "--transcript", "duo", "--start", 0, "--end", 6, "--code", "Wel contact", "--coder", "Lotte");

        JsonNode roots = tree();

        assertThat(roots).extracting(r -> r.get("id").asText()).containsExactly("proef.contact", "proef.steun");
        JsonNode contact = roots.get(0);
        assertThat(Cli.keys(contact)).containsExactly("id", "name", "nameEn", "level", "color", "definition", "whenToUse", "whenNotToUse",
                "example", "active", "core", "codings", "relations", "children");
        assertThat(contact.get("level").asText()).isEqualTo("axial");
        assertThat(contact.get("color").asText()).isEqualTo("#4C8BF5");
        assertThat(contact.get("codings").asInt()).as("own codings only").isZero();
        assertThat(contact.get("children").get(0).get("codings").asInt()).isEqualTo(1);
        assertThat(contact.get("children").get(0).get("children")).isEmpty();
        JsonNode relation = roots.get(1).get("relations").get(0);
        assertThat(Cli.keys(relation)).containsExactly("id", "to", "type", "memo");
        assertThat(relation.get("type").asText()).isEqualTo("condition");
    }

    @Test
    void printsTheTreeAsIndentedText() {
        Cli.Result result = ok("codebook", project);

        assertThat(result.out().lines()).containsExactly(
                "Contact  [proef.contact, axial, #4C8BF5] 0 codings",
                "  Wel contact  [proef.contact.wel, open, #4C8BF5] 0 codings",
                "  Geen contact  [proef.contact.geen, open, #9E9E9E] 0 codings",
                "Steun  [proef.steun, open, #E29E5A] 0 codings");
    }

    @Test
    void addsACode() {
        Cli.Result result = ok("codebook", project, "add", "Familie", "--parent", "Steun", "--level", "axial", "--color", "#123456", "--json");

        JsonNode code = result.json();
        assertThat(code.get("id").asText()).isEqualTo("user.familie");
        assertThat(code.get("level").asText()).isEqualTo("axial");
        assertThat(code.get("color").asText()).isEqualTo("#123456");
        assertThat(tree().get(1).get("children")).extracting(c -> c.get("name").asText()).containsExactly("Familie");
    }

    @Test
    void renamesMovesAndMovesBackToTheRoot() {
        ok("codebook", project, "rename", "Steun", "Steun van familie");
        ok("codebook", project, "move", "Steun van familie", "--parent", "Contact");
        assertThat(tree().get(0).get("children")).extracting(c -> c.get("name").asText())
                .containsExactly("Wel contact", "Geen contact", "Steun van familie");

        ok("codebook", project, "move", "Contact/Steun van familie", "--root");
        assertThat(tree()).extracting(c -> c.get("name").asText()).containsExactly("Contact", "Steun van familie");
    }

    @Test
    void moveNeedsParentOrRoot() {
        Cli.Result result = Cli.run("codebook", project, "move", "Steun");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("--parent").contains("--root");
    }

    @Test
    void mergesAndDeletes() {
        ok("code", project, "--transcript", "duo", "--start", 0, "--end", 6, "--code", "Geen contact", "--coder", "Lotte");

        Cli.Result merged = ok("codebook", project, "merge", "Geen contact", "--into", "Wel contact", "--json");
        assertThat(Cli.keys(merged.json())).containsExactly("merged", "into", "moved", "collapsed");
        assertThat(merged.json().get("moved").asInt()).isEqualTo(1);
        assertThat(Cli.run("codings", project, "--json").json().get(0).get("code").asText()).isEqualTo("proef.contact.wel");

        Cli.Result deleted = ok("codebook", project, "delete", "Contact", "--json");
        assertThat(Cli.keys(deleted.json())).containsExactly("deleted", "name", "codes", "codings");
        assertThat(deleted.json().get("codes").asInt()).isEqualTo(2);
        assertThat(deleted.json().get("codings").asInt()).isEqualTo(1);
        assertThat(tree()).extracting(c -> c.get("id").asText()).containsExactly("proef.steun");

        ok("undo", project);
        assertThat(tree()).hasSize(2);
    }

    @Test
    void relatesCodes() {
        Cli.Result result = ok("codebook", project, "relate", "Geen contact", "Steun", "--type", "consequence", "--memo", "zonder steun", "--json");

        assertThat(Cli.keys(result.json())).containsExactly("id", "from", "to", "type", "memo");
        assertThat(result.json().get("type").asText()).isEqualTo("consequence");
        JsonNode geen = tree().get(0).get("children").get(1);
        assertThat(geen.get("relations").get(0).get("to").asText()).isEqualTo("proef.steun");
    }

    @Test
    void recolorsSetsLevelDeactivatesActivatesAndMarksCore() {
        ok("codebook", project, "recolor", "Steun", "#00aa00");
        ok("codebook", project, "level", "Steun", "axial");
        ok("codebook", project, "deactivate", "Wel contact");
        JsonNode roots = tree();
        assertThat(roots.get(1).get("color").asText()).isEqualTo("#00AA00");
        assertThat(roots.get(1).get("level").asText()).isEqualTo("axial");
        assertThat(roots.get(0).get("children").get(0).get("active").asBoolean()).isFalse();

        ok("codebook", project, "activate", "Wel contact");
        Cli.Result core = ok("codebook", project, "core", "Contact");
        assertThat(core.out()).contains("core category");
        roots = tree();
        assertThat(roots.get(0).get("children").get(0).get("active").asBoolean()).isTrue();
        assertThat(roots.get(0).get("core").asBoolean()).isTrue();
        assertThat(roots.get(0).get("level").asText()).isEqualTo("selective");
    }

    @Test
    void badValuesAreRefusedOnOneLine() {
        Cli.Result color = Cli.run("codebook", project, "recolor", "Steun", "groen");
        Cli.Result level = Cli.run("codebook", project, "level", "Steun", "hoog");
        Cli.Result type = Cli.run("codebook", project, "relate", "Steun", "Contact", "--type", "vriendschap");
        Cli.Result duplicate = Cli.run("codebook", project, "add", "Steun");

        for (Cli.Result r : new Cli.Result[] {color, level, type, duplicate}) {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.errLines()).hasSize(1);
        }
        assertThat(color.err()).contains("groen");
        assertThat(level.err()).contains("hoog");
        assertThat(type.err()).contains("vriendschap");
        assertThat(duplicate.err()).contains("already exists");
    }

    @Test
    void anUnknownActionIsAUsageError() {
        Cli.Result result = Cli.run("codebook", project, "paint", "Steun");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(1);
    }
}
