package com.fieldwork.db;

import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import org.jooq.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;
import java.util.stream.Collectors;

import static com.fieldwork.db.jooq.DefaultSchema.DEFAULT_SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

class MigrationTest {

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void migratesAnEmptyDatabaseToTheNewestSchemaWithEveryTable(TestEngine engine) {
        try (Database database = Database.open(TestDatabases.empty(engine))) {
            assertThat(database.isMigrated()).isTrue();
            assertThat(database.schemaVersion()).contains("12");

            Set<String> expected = DEFAULT_SCHEMA.getTables().stream()
                    .map(Table::getName).collect(Collectors.toSet());
            assertThat(expected).hasSizeGreaterThan(40);
            for (Table<?> table : DEFAULT_SCHEMA.getTables()) {
                // every generated table exists and is queryable on this engine
                assertThat(database.dsl().fetchCount(table)).as(table.getName()).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void reopeningAMigratedDatabaseAppliesNothing(TestEngine engine) {
        DatabaseConfig config = TestDatabases.empty(engine);
        if (engine == TestEngine.H2) {
            // an in-memory H2 database lives only while a connection is open
            config = new DatabaseConfig(config.url() + ";DB_CLOSE_DELAY=-1", config.user(), config.password(), 2);
        }
        try (Database first = Database.open(config)) {
            assertThat(first.schemaVersion()).contains("12");
        }
        try (Database second = Database.open(config)) {
            assertThat(second.isMigrated()).isTrue();
            assertThat(second.schemaVersion()).contains("12");
        }
    }
}
