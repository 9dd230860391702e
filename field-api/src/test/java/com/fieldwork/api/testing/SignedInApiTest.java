package com.fieldwork.api.testing;

import com.fieldwork.api.FieldApiContext;
import com.fieldwork.db.Database;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

/**
 * Base of the endpoint tests that sign users in themselves: each class runs on H2 and on PostgreSQL, each
 * test on a fresh database with a clock it can move and an {@link ApiFixture} to create users.
 */
@ParameterizedClass(name = "[{0}]")
@EnumSource(TestEngine.class)
public abstract class SignedInApiTest {

    public static final Instant T0 = Instant.parse("2026-03-02T13:00:00Z");

    @Parameter
    protected TestEngine engine;

    protected Database database;
    protected MutableClock clock;
    protected FieldApiContext context;
    protected ApiFixture fixture;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.fresh(engine);
        clock = new MutableClock(T0);
        context = new FieldApiContext(database, clock, "test");
        fixture = new ApiFixture(context);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
