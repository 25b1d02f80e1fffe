package nl.codewerk.cli.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import nl.codewerk.cli.CommandRun;
import nl.codewerk.testsupport.CodedTranscripts;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCommandTest {

    @TempDir
    Path dir;

    Path project() {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            long t = CodedTranscripts.add(project, "interview", "Hoe begon het?", "Mijn tante belde.");
            String contact = project.codebook().codebook().require("Contact").id();
            CodedTranscripts.code(project, t, "belde", contact, "Anna");
            CodedTranscripts.code(project, t, "begon", contact, "Bram");
            return project.file();
        }
    }

    @Test
    void packageWithOneCodersCodings() throws Exception {
        Path source = project();
        Path out = dir.resolve("anna.cwk");
        CommandRun run = CommandRun.of(new PackageCommand(), source.toString(), out.toString(), "--coder", "Anna", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("codings").asInt()).isEqualTo(1);
        assertThat(json.get("codes").asInt()).isEqualTo(4);
        assertThat(json.get("transcripts").asInt()).isEqualTo(1);
        try (Project anna = Project.openReadOnly(out)) {
            assertThat(anna.codings().coders()).containsExactly("Anna");
        }
    }

    @Test
    void refusals() {
        Path source = project();
        Path out = dir.resolve("p.cwk");
        assertThat(CommandRun.of(new PackageCommand(), source.toString(), out.toString(), "--coder", "Anna", "--no-codings").exit())
                .isEqualTo(2);
        CommandRun unknown = CommandRun.of(new PackageCommand(), source.toString(), out.toString(), "--coder", "Daan");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Daan");
        assertThat(out).doesNotExist();
        assertThat(CommandRun.of(new PackageCommand(), source.toString(), source.toString()).exit()).isEqualTo(2);
    }
}
