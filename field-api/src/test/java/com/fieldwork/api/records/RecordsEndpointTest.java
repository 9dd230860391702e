package com.fieldwork.api.records;

import com.fieldwork.db.Database;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

/** Base of the field-record endpoint tests: each class runs on H2 and on PostgreSQL, each test on a fresh world. */
@ParameterizedClass(name = "[{0}]")
@EnumSource(TestEngine.class)
abstract class RecordsEndpointTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path files;

    Database database;
    RecordsWorld world;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.fresh(engine);
        world = new RecordsWorld(database, files);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
