package com.fieldwork.db;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** jOOQ stays inside db: the applications see core records only. */
class DbArchitectureTest {

    private static final JavaClasses DB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.fieldwork.db");

    @Test
    void repositoriesHandOutDomainRecordsNeverJooqRecords() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().haveSimpleNameStartingWith("Jooq")
                .should().notHaveRawReturnType(org.jooq.Record.class)
                .andShould().notHaveRawReturnType(org.jooq.Result.class)
                .allowEmptyShould(false)
                .check(DB);
    }

    @Test
    void dbKnowsNothingOfTheApplicationsAbove() {
        noClasses().that().resideInAPackage("com.fieldwork.db..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fieldwork.api..", "com.fieldwork.console..",
                        "io.javalin..", "javafx..")
                .allowEmptyShould(false)
                .check(DB);
    }
}
