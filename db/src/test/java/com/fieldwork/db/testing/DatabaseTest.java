package com.fieldwork.db.testing;

import com.fieldwork.db.Database;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of every repository test: the whole class runs once on H2 and once on PostgreSQL,
 * each test on a fresh, migrated database.
 */
@ParameterizedClass(name = "[{0}]")
@EnumSource(TestEngine.class)
public abstract class DatabaseTest {

    @Parameter
    protected TestEngine engine;

    protected Database database;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.fresh(engine);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    protected DSLContext dsl() {
        return database.dsl();
    }
}
