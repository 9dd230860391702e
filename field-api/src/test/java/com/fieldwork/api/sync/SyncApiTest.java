package com.fieldwork.api.sync;

import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.testing.TestEngine;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static com.fieldwork.api.testing.ApiFixture.bearer;

/**
 * Base of the {@code POST /api/v1/sync} endpoint tests: each class runs on H2 and on PostgreSQL, each test on a
 * fresh world of two technicians with one job each; the first one ("me") sends.
 */
@ParameterizedClass(name = "[{0}]")
@EnumSource(TestEngine.class)
abstract class SyncApiTest {

    @Parameter
    TestEngine engine;

    SyncWorld world;
    long myJob;
    long theirJob;
    String myToken;

    @BeforeEach
    void build() {
        world = new SyncWorld(engine, 2, 1);
        myJob = world.jobs.get(0).get(0);
        theirJob = world.jobs.get(1).get(0);
        myToken = world.fixture.tokenFor(world.technicians.get(0));
    }

    @AfterEach
    void close() {
        world.close();
    }

    WorkOrderStatus status(long workOrderId) {
        return new JooqWorkOrderRepository(world.dsl, world.clock).find(workOrderId).orElseThrow().status();
    }

    Response send(HttpClient client, String body) {
        return ApiFixture.postJson(client, "/api/v1/sync", body, bearer(myToken));
    }
}
