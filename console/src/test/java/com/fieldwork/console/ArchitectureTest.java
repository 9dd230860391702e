package com.fieldwork.console;

import com.fieldwork.console.task.TaskExecutor;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The console talks to core's services and ports; SQL and HTTP stay in db and field-api. */
class ArchitectureTest {

    private static final JavaClasses CONSOLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.fieldwork.console");

    private static final ArchRule NO_SQL_OR_HTTP = noClasses()
            .that().resideInAPackage("com.fieldwork.console..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.fieldwork.db..", "com.fieldwork.api..", "org.jooq..", "java.sql..", "javax.sql..",
                    "com.zaxxer..", "org.flywaydb..", "io.javalin..")
            .because("the console is wired to db and the field API by the launcher in packaging, never directly")
            .allowEmptyShould(false);

    private static final ArchRule GOOGLE_MAPS_IN_ONE_PACKAGE = noClasses()
            .that().resideOutsideOfPackage("com.fieldwork.console.map.google..")
            .should().dependOnClassesThat().resideInAnyPackage("com.dlsc.gmapsfx..", "javafx.scene.web..",
                    "netscape.javascript..")
            .because("only the Google provider may load WebKit: a console on OpenStreetMap never does")
            .allowEmptyShould(false);

    private static final ArchRule GOOGLE_PACKAGE_USES_GMAPSFX = classes()
            .that().haveSimpleName("GoogleMapSurface")
            .should().dependOnClassesThat().resideInAPackage("com.dlsc.gmapsfx..")
            .because("the rule above must guard a package that exists and really uses GMapsFX")
            .allowEmptyShould(false);

    @Test
    void importSeesTheConsoleAndNotTheTests() {
        assertThat(CONSOLE.contain(TaskExecutor.class)).isTrue();
        assertThat(CONSOLE.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    void onlyTheGoogleProviderTouchesGmapsfxAndWebView() {
        GOOGLE_PACKAGE_USES_GMAPSFX.check(CONSOLE);
        GOOGLE_MAPS_IN_ONE_PACKAGE.check(CONSOLE);
    }

    @Test
    void consoleUsesNeitherSqlNorHttp() {
        NO_SQL_OR_HTTP.check(CONSOLE);
    }
}
