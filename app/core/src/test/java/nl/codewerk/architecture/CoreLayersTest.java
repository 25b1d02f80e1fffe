package nl.codewerk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of core, stated where the build enforces them:
 * <ol>
 * <li>core never uses JavaFX or AWT/Swing: everything here must run in a script or a server;</li>
 * <li>JDBC is used only by the {@code project} package and by classes named {@code *Store} or
 *     {@code *Service} that own a feature's tables, never by importers, search or exports;</li>
 * <li>the feature packages form no cycles;</li>
 * <li>core opens no network connections (privacy: interview data never leaves the machine);</li>
 * <li>core makes no temporary files in the system's temporary folder (privacy: see
 *     {@code ScratchFolder} and docs/privacy.md, "Where Codewerk writes").</li>
 * </ol>
 */
class CoreLayersTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.codewerk");

    @Test
    void coreHasNoJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .check(core);
    }

    @Test
    void onlyStoresTouchJdbc() {
        noClasses().that().resideOutsideOfPackage("nl.codewerk.project..")
                .and().haveSimpleNameNotEndingWith("Store")
                .and().haveSimpleNameNotEndingWith("Service")
                .and().haveSimpleNameNotEndingWith("Loader")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .because("SQL belongs to the project store and the services that own a feature's tables")
                .check(core);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("nl.codewerk.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void coreOpensNoNetworkConnections() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().resideInAPackage("java.net.http..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
                .because("interview data never leaves the machine; the allow-list of networking classes is empty")
                .check(core);
    }

    @Test
    void coreMakesNoFilesInTheSystemTemporaryFolder() {
        noClasses().should().callMethod(java.nio.file.Files.class, "createTempFile", String.class, String.class,
                        java.nio.file.attribute.FileAttribute[].class)
                .orShould().callMethod(java.nio.file.Files.class, "createTempDirectory", String.class,
                        java.nio.file.attribute.FileAttribute[].class)
                .orShould().callMethod(java.io.File.class, "createTempFile", String.class, String.class)
                .because("temporary files of interview text belong in a ScratchFolder beside the user's file, not in the shared temporary folder")
                .check(core);
    }
}
