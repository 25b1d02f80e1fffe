package nl.codewerk.ui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbench's own rules: one door for threads, no SQL, no command line, no cycles. */
class DesktopLayersTest {

    private static JavaClasses ui;

    @BeforeAll
    static void importClasses() {
        ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.codewerk.ui");
    }

    @Test
    void onlyTheTaskRunnerStartsThreads() {
        noClasses().that().resideOutsideOfPackage("nl.codewerk.ui.task..")
                .should().dependOnClassesThat().haveFullyQualifiedName(Thread.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.util.concurrent.ExecutorService.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.util.concurrent.Executors.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.util.concurrent.CompletableFuture.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.util.concurrent.ForkJoinPool.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.util.Timer.class.getName())
                .orShould().dependOnClassesThat().resideInAnyPackage("javafx.concurrent..")
                .because("background work goes through ui.task.TaskRunner, never a thread of a view's own")
                .check(ui);
    }

    @Test
    void theWorkbenchDoesNotTouchTheDatabaseOrTheCommandLine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "nl.codewerk.cli..")
                .check(ui);
    }

    @Test
    void viewsLeaveTheProjectToTheirModels() {
        noClasses().that().areAssignableTo(javafx.scene.Node.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("nl.codewerk.workspace.Project")
                .because("a view reads the project only through a model, which reads it in a background task")
                .check(ui);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("nl.codewerk.ui.(*)..").should().beFreeOfCycles().check(ui);
    }
}
