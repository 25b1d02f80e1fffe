package nl.codewerk.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.codewerk.codebook.Code;
import nl.codewerk.codebook.Codebook;
import nl.codewerk.i18n.LocalizedException;
import nl.codewerk.testsupport.TempProjects;
import nl.codewerk.workspace.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QdcTest {

    private static final String CB = "urn:QDA-XML:codebook:1.0";

    @TempDir
    Path dir;

    private Path qdc(String namespace, String body) throws Exception {
        String ns = namespace == null ? "" : " xmlns=\"" + namespace + "\"";
        Path file = dir.resolve("book-" + System.nanoTime() + ".qdc");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"utf-8\"?><CodeBook" + ns + " origin=\"test\">" + body + "</CodeBook>");
        return file;
    }

    @Test
    void newCodesAreAddedWithTheirTreeColoursDescriptionsAndGuids() throws Exception {
        Path file = qdc(CB, "<Codes><Code guid=\"{6F7C1E0A-1B2C-4D3E-8F90-A1B2C3D4E5F6}\" name=\"Parent\" isCodable=\"false\" color=\"#f00\">"
                + "<Description>Een categorie</Description>"
                + "<Code guid=\"6f7c1e0a-1b2c-4d3e-8f90-a1b2c3d4e5f7\" name=\"Child\" isCodable=\"true\"/></Code></Codes>"
                + "<Sets><Set guid=\"6f7c1e0a-1b2c-4d3e-8f90-a1b2c3d4e5f8\" name=\"Example set\"><MemberCode guid=\"6f7c1e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6\"/></Set></Sets>");
        try (Project project = TempProjects.empty(dir)) {
            RefiReport report = new QdcService(project).importCodebook(file, "test");
            assertThat(report.codes()).isEqualTo(2);
            assertThat(report.merged()).isZero();
            assertThat(report.notImported()).extracting(NotImported::kind).containsExactly("set");
            Codebook book = project.codebook().codebook();
            Code parent = book.resolve("Parent").orElseThrow();
            assertThat(parent.guid()).isEqualTo("6f7c1e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6");
            assertThat(parent.color()).isEqualTo("#FF0000");
            assertThat(parent.definition()).isEqualTo("Een categorie");
            assertThat(parent.active()).isFalse();
            assertThat(book.resolve("Parent/Child")).isPresent();
            // One undoable action.
            project.undoLog().undo();
            assertThat(project.codebook().codebook().size()).isZero();
        }
    }

    @Test
    void codesMergeByGuidThenByNamePath() throws Exception {
        try (Project project = TempProjects.withSmallCodebook(dir)) {
            Code positief = project.codebook().codebook().resolve("Ervaring/Positief").orElseThrow();
            // Ervaring matches by name; "Renamed" matches Positief by GUID; Nieuw is new under Ervaring; Contact by name (other case).
            Path file = qdc(CB, "<Codes><Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"Ervaring\" isCodable=\"true\">"
                    + "<Code guid=\"" + positief.guid().toUpperCase() + "\" name=\"Renamed\" isCodable=\"true\"><Description>Fijn</Description></Code>"
                    + "<Code guid=\"22222222-2222-2222-2222-222222222222\" name=\"Nieuw\" isCodable=\"true\"/></Code>"
                    + "<Code guid=\"33333333-3333-3333-3333-333333333333\" name=\"contact\" isCodable=\"true\"/></Codes>");
            RefiReport report = new QdcService(project).importCodebook(file, "test");
            assertThat(report.merged()).isEqualTo(3);
            assertThat(report.codes()).isEqualTo(1);
            Codebook book = project.codebook().codebook();
            assertThat(book.size()).isEqualTo(5);
            assertThat(book.resolve("Ervaring/Nieuw").orElseThrow().guid()).isEqualTo("22222222-2222-2222-2222-222222222222");
            assertThat(book.resolve("Ervaring/Positief").orElseThrow().definition()).isEqualTo("Fijn");
            assertThat(book.resolve("Renamed")).isEmpty();
            // Importing the same codebook again changes nothing.
            RefiReport again = new QdcService(project).importCodebook(file, "test");
            assertThat(again.codes()).isZero();
            assertThat(project.codebook().codebook().size()).isEqualTo(5);
        }
    }

    @Test
    void namespaceVariantsAndEmptySetsAreRead() throws Exception {
        for (String ns : new String[] {"urn:QDA-XML:codebook:0:4", "urn:QDA-XML:codebook:1:0", null}) {
            Path file = qdc(ns, "<Codes><Code guid=\"C3C7D437-6932-4B14-A55D-30B7F811BBF3\" name=\"milk\" isCodable=\"true\"/></Codes><Sets/>");
            try (Project project = Project.create(dir.resolve("p" + System.nanoTime() + ".cwk"), null)) {
                assertThat(new QdcService(project).importCodebook(file, "test").codes()).as(String.valueOf(ns)).isEqualTo(1);
            }
        }
    }

    @Test
    void somethingElseIsRefused() throws Exception {
        Path file = dir.resolve("not.qdc");
        Files.writeString(file, "<html><body/></html>");
        try (Project project = TempProjects.empty(dir)) {
            assertThatThrownBy(() -> new QdcService(project).importCodebook(file, "test"))
                    .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("refi.notACodebook"));
        }
    }

    @Test
    void anEmptyCodebookCannotBeExported() {
        try (Project project = TempProjects.empty(dir)) {
            assertThatThrownBy(() -> new QdcService(project).exportCodebook(dir.resolve("x.qdc")))
                    .satisfies(e -> assertThat(((LocalizedException) e).key()).isEqualTo("refi.emptyCodebook"));
            assertThat(dir.resolve("x.qdc")).doesNotExist();
        }
    }

    @Test
    void exportThenImportIntoAnEmptyProjectGivesTheSameCodebook() throws Exception {
        try (Project source = Project.create(dir.resolve("jim.cwk"), TempProjects.jimCodebook());
             Project target = TempProjects.empty(dir)) {
            Path file = dir.resolve("jim.qdc");
            new QdcService(source).exportCodebook(file);
            assertThat(Schemas.codebookErrors(Files.readAllBytes(file))).isEmpty();
            new QdcService(target).importCodebook(file, "test");
            assertThat(Snapshot.of(target).codes()).isEqualTo(Snapshot.of(source).codes());
        }
    }
}
