package com.fieldwork.api.jobs;

import com.fieldwork.db.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Base of the job endpoint tests: each class runs on H2 and on PostgreSQL, each test in a fresh world. */
@ParameterizedClass(name = "[{0}]")
@EnumSource(TestEngine.class)
abstract class JobsEndpointTest {

    @Parameter
    TestEngine engine;

    JobWorld world;

    @BeforeEach
    void build() {
        world = new JobWorld(engine);
    }

    @AfterEach
    void close() {
        world.close();
    }
}
