package com.fieldwork.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldwork.core.security.PermissionMatrix;
import com.fieldwork.core.workorder.WorkOrderLifecycle;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** core is the domain both applications share: it must not grow a UI, HTTP or SQL dependency. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.fieldwork.core");

    private static final ArchRule NO_TECHNOLOGY = noClasses()
            .that().resideInAPackage("com.fieldwork.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "io.javalin..", "org.jooq..", "java.sql..", "javax.sql..", "com.zaxxer..",
                    "org.flywaydb..", "com.fieldwork.db..", "com.fieldwork.api..", "com.fieldwork.console..")
            .because("core holds the rules; db, field-api and console depend on it, never the reverse")
            .allowEmptyShould(false);

    /**
     * Wider than the list above: a library nobody thought to ban is caught too. (JDK parts such as
     * java.sql pass here; the rule above keeps them out.)
     */
    private static final ArchRule ONLY_THE_JDK = classes()
            .that().resideInAPackage("com.fieldwork.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fieldwork.core..")
            .because("core depends on nothing but the JDK; adding a library here is a deliberate decision")
            .allowEmptyShould(false);

    @Test
    void importSeesTheDomainAndNotTheTests() {
        assertThat(CORE.contain(WorkOrderLifecycle.class)).isTrue();
        assertThat(CORE.contain(PermissionMatrix.class)).isTrue();
        assertThat(CORE.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    void coreDependsOnNoUiHttpOrSqlLibrary() {
        NO_TECHNOLOGY.check(CORE);
    }

    @Test
    void coreDependsOnlyOnTheJdk() {
        ONLY_THE_JDK.check(CORE);
    }

    @Test
    void theRulesCatchAViolation() {
        JavaClasses jdbc = new ClassFileImporter().importClasses(JdbcInTheDomain.class);
        JavaClasses library = new ClassFileImporter().importClasses(LibraryInTheDomain.class);

        assertThatThrownBy(() -> NO_TECHNOLOGY.check(jdbc)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.sql.Connection");
        assertThatThrownBy(() -> ONLY_THE_JDK.check(library)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(JavaClasses.class.getName());
    }

    /** What the rules exist to stop; these live in test code, so the import above never sees them. */
    @SuppressWarnings("unused")
    static final class JdbcInTheDomain {
        private Connection connection;
    }

    @SuppressWarnings("unused")
    static final class LibraryInTheDomain {
        private JavaClasses classes;
    }
}
