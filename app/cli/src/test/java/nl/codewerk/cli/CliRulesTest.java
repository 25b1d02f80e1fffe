package nl.codewerk.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line parses, calls core and prints: no SQL of its own, and never JavaFX (it runs headless). */
class CliRulesTest {

    private final JavaClasses cli = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.codewerk.cli");

    @Test
    void noSqlAndNoJavaFx() {
        noClasses().that().resideInAPackage("nl.codewerk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..", "java.awt..", "javax.swing..")
                .check(cli);
    }
}
