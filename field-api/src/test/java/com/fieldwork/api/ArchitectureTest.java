package com.fieldwork.api;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Handlers reach data through core's ports; only the wiring (the server main, the context it builds,
 * and the health check, whose job is to ask the database itself) may name the db module.
 */
@AnalyzeClasses(packages = "com.fieldwork.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyWiringNamesTheDbModule = noClasses()
            .that().resideInAPackage("com.fieldwork.api..")
            .and().doNotHaveFullyQualifiedName(FieldApiServer.class.getName())
            .and().doNotHaveFullyQualifiedName(FieldApiServer.StartupFailure.class.getName())
            .and().doNotHaveFullyQualifiedName(FieldApiContext.class.getName())
            .and().doNotHaveFullyQualifiedName(FieldApi.class.getName())
            .and().doNotHaveFullyQualifiedName(DatabaseSeeder.class.getName())
            .and().doNotHaveFullyQualifiedName(DemoCompanySeeder.class.getName())
            .and().resideOutsideOfPackage("com.fieldwork.api.health..")
            .should().dependOnClassesThat().resideInAPackage("com.fieldwork.db..");

    @ArchTest
    static final ArchRule noUserInterfaceLibraries = noClasses()
            .that().resideInAPackage("com.fieldwork.api..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fieldwork.console..");
}
