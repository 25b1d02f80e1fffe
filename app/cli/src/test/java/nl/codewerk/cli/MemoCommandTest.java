package nl.codewerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoCommandTest {

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void makeProject() {
        project = Fixtures.importedProject(dir);
    }

    @Test
    void writesMemosOnEveryKindOfTarget() {
        long duo = Cli.run("list", project, "--json").json().get(0).get("id").asLong();
        long coding = Cli.run("code", project, "--transcript", "duo", "--start", 0, "--end", 6, "--code", "Steun", "--json")
                .json().get("id").asLong();

        Cli.Result onProject = Cli.run("memo", project, "add", "--on", "project", "--text", "Algemene indruk.", "--title", "Start",
                "--author", "Lotte", "--json");
        Cli.run("memo", project, "add", "--on", "transcript:duo", "--text", "Moeder praat veel mee.");
        Cli.run("memo", project, "add", "--on", "code:Contact/Wel contact", "--text", "Ook appen telt.");
        Cli.run("memo", project, "add", "--on", "coding:" + coding, "--text", "Twijfelgeval.");

        assertThat(onProject.exit()).as(onProject.err()).isZero();
        JsonNode memo = onProject.json();
        assertThat(Cli.keys(memo)).containsExactly("id", "on", "title", "text", "author", "created", "updated");
        assertThat(memo.get("author").asText()).isEqualTo("Lotte");
        JsonNode list = Cli.run("memo", project, "list", "--json").json();
        assertThat(list).extracting(m -> m.get("on").asText())
                .containsExactly("project", "transcript:" + duo, "code:proef.contact.wel", "coding:" + coding);
        assertThat(list.get(0)).isEqualTo(memo);
    }

    @Test
    void listsReadably() {
        Cli.run("memo", project, "add", "--on", "project", "--text", "Algemene indruk.", "--author", "Lotte");

        assertThat(Cli.run("memo", project, "list").out().strip()).isEqualTo("#1 on project by Lotte: Algemene indruk.");
    }

    @Test
    void badTargetsAreRefused() {
        Cli.Result kind = Cli.run("memo", project, "add", "--on", "case:duo", "--text", "x");
        Cli.Result transcript = Cli.run("memo", project, "add", "--on", "transcript:trio", "--text", "x");
        Cli.Result coding = Cli.run("memo", project, "add", "--on", "coding:99", "--text", "x");
        Cli.Result empty = Cli.run("memo", project, "add", "--on", "project", "--text", " ");

        for (Cli.Result r : new Cli.Result[] {kind, transcript, coding, empty}) {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.errLines()).hasSize(1);
        }
        assertThat(kind.err()).contains("case:duo");
        assertThat(Cli.run("memo", project, "list", "--json").json()).isEmpty();
    }

    @Test
    void withoutAnActionItSaysWhatToDo() {
        Cli.Result result = Cli.run("memo", project);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("memo PROJECT add");
    }
}
