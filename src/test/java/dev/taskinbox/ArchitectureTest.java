package dev.taskinbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of ARCHITECTURE.md §2, checked on the compiled main classes. */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.taskinbox");
    }

    @Test
    void theDomainDependsOnNothingOfOursNorOnUiOrHttp() {
        classes().that().resideInAPackage("..task..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.taskinbox.task..", "java..")
                .check(main);
    }

    @Test
    void theClientDependsOnTheDomainOnlyAndNeverOnJavaFx() {
        noClasses().that().resideInAPackage("dev.taskinbox.api..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.taskinbox.demo..",
                        "dev.taskinbox.app..", "dev.taskinbox.inbox..", "dev.taskinbox.preview..",
                        "dev.taskinbox.send..", "dev.taskinbox.common..")
                .check(main);
    }

    @Test
    void theDemoServerSharesNothingWithTheApp() {
        noClasses().that().resideInAPackage("dev.taskinbox.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.taskinbox.api..", "dev.taskinbox.task..",
                        "dev.taskinbox.app..", "dev.taskinbox.inbox..", "dev.taskinbox.preview..",
                        "dev.taskinbox.send..", "dev.taskinbox.common..", "javafx..")
                .check(main);
    }

    @Test
    void onlyTheAppKnowsTheConcreteClientAndDemoServer() {
        noClasses().that().resideOutsideOfPackages("dev.taskinbox.app..", "dev.taskinbox.api..", "dev.taskinbox.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.taskinbox.api..", "dev.taskinbox.demo..")
                .check(main);
    }

    @Test
    void featuresSeeNoTransportLibraries() {
        noClasses().that().resideInAnyPackage("dev.taskinbox.inbox..", "dev.taskinbox.preview..",
                        "dev.taskinbox.send..", "dev.taskinbox.common..", "dev.taskinbox.app..")
                .should().dependOnClassesThat().resideInAnyPackage("retrofit2..", "okhttp3..", "com.google.gson..")
                .check(main);
    }

    @Test
    void theSendServiceIsBelowTheScreensThatUseIt() {
        noClasses().that().resideInAPackage("dev.taskinbox.send..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.taskinbox.inbox..", "dev.taskinbox.preview..",
                        "javafx.scene..")
                .check(main);
    }

    @Test
    void screensDoNotReachIntoEachOther() {
        noClasses().that().resideInAPackage("dev.taskinbox.inbox..")
                .should().dependOnClassesThat().resideInAPackage("dev.taskinbox.preview..")
                .check(main);
        noClasses().that().resideInAPackage("dev.taskinbox.preview..")
                .should().dependOnClassesThat().resideInAPackage("dev.taskinbox.inbox..")
                .check(main);
    }

    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(main);
    }

    @Test
    void onlyCommonFxHopsToTheFxThread() {
        noClasses().that().resideOutsideOfPackage("dev.taskinbox.common.fx..")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(main);
    }

    @Test
    void nothingWritesToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(main);
    }

    @Test
    void featuresSitBetweenTheAppAndTheScreens() {
        // Bulk send and snooze use the screens and the queue; nothing below them knows them.
        noClasses().that().resideInAnyPackage("dev.taskinbox.inbox..", "dev.taskinbox.preview..", "dev.taskinbox.send..",
                        "dev.taskinbox.task..", "dev.taskinbox.common..", "dev.taskinbox.settings..", "dev.taskinbox.drafts..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.taskinbox.bulk..", "dev.taskinbox.snooze..",
                        "dev.taskinbox.handover..", "dev.taskinbox.followup..", "dev.taskinbox.backlog..",
                        "dev.taskinbox.today..", "dev.taskinbox.outbox..", "dev.taskinbox.app..")
                .check(main);
    }

    @Test
    void onlyTheClientsSleeperAndTheDemoServerSleep() {
        // Waiting is the scheduler's job (Delays) or the request budget's; a sleeping thread is neither cancellable nor cheap.
        noClasses().that().resideOutsideOfPackages("dev.taskinbox.demo..")
                .and().doNotHaveFullyQualifiedName("dev.taskinbox.api.Sleeper")
                .should().callMethod(Thread.class, "sleep", long.class)
                .check(main);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.taskinbox.(**)").should().beFreeOfCycles().check(main);
    }
}
