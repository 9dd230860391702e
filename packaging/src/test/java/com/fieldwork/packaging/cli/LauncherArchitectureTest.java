package com.fieldwork.packaging.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * {@code fieldwork server} runs on a headless box: nothing on its path may load JavaFX or the console. The command
 * line, the logging setup and the launcher's main class reach the console only through the one lambda in main.
 */
class LauncherArchitectureTest {

    private static final JavaClasses LAUNCHER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.fieldwork.packaging");

    @Test
    void theCommandLineNeverNamesJavaFxOrTheConsole() {
        noClasses().that().resideInAnyPackage("com.fieldwork.packaging.cli..", "com.fieldwork.packaging.logging..")
                .or().haveFullyQualifiedName("com.fieldwork.packaging.FieldworkLauncher")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fieldwork.console..")
                .check(LAUNCHER);
    }
}
