package nl.codewerk.cli.refi;

import static nl.codewerk.cli.refi.RefiCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.codewerk.cli.CommandRun;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QdcCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportAndImportACodebook() throws IOException {
        Path source;
        try (Project p = Project.create(dir.resolve("jim.cwk"), TempProjects.jimCodebook())) {
            source = p.file();
        }
        Path target;
        try (Project p = TempProjects.withSmallCodebook(dir)) {
            target = p.file();
        }
        Path qdc = dir.resolve("jim.qdc");
        CommandRun export = run(new QdcCommand(), "export", source.toString(), qdc.toString(), "--json");
        assertThat(export.exit()).isZero();
        int codes = export.json().get("codes").asInt();
        assertThat(codes).isGreaterThan(30);
        assertThat(Files.readString(qdc)).startsWith("<?xml").contains("urn:QDA-XML:codebook:1.0");

        CommandRun imported = run(new QdcCommand(), "import", qdc.toString(), target.toString(), "--json");
        assertThat(imported.exit()).isZero();
        assertThat(imported.json().get("codes").asInt()).isEqualTo(codes);
        assertThat(imported.json().get("merged").asInt()).isZero();
        for (String key : new String[] {"sources", "codings", "cases", "memos", "users", "notImported"}) {
            assertThat(imported.json().has(key)).as(key).isTrue();
        }
        try (Project p = Project.openReadOnly(target)) {
            assertThat(p.codebook().codebook().size()).isEqualTo(codes + 4);
        }

        CommandRun again = run(new QdcCommand(), "import", qdc.toString(), target.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("0 codes added, " + codes + " merged");
    }

    @Test
    void anEmptyCodebookIsNotExported() {
        Path empty;
        try (Project p = TempProjects.empty(dir)) {
            empty = p.file();
        }
        CommandRun run = run(new QdcCommand(), "export", empty.toString(), dir.resolve("x.qdc").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).contains("no codes").doesNotContain("\n");
    }

    @Test
    void aLockedOrMissingProjectIsUnusable() {
        CommandRun run = run(new QdcCommand(), "import", dir.resolve("x.qdc").toString(), dir.resolve("missing.cwk").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n");
    }
}
