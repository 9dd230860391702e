package com.fieldwork.api.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderStatus;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.fieldwork.api.testing.ApiFixture.bearer;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static org.assertj.core.api.Assertions.assertThat;

/** A closed job over HTTP, on H2 and PostgreSQL: every write is a 409 work_order_closed and changes nothing. */
class ClosedJobEndpointTest extends JobsEndpointTest {

    private WorkOrder closed;

    @BeforeEach
    void closeAJob() {
        CompletionJob job = new CompletionJob(world, false);
        WorkOrder completed = world.workOrders.changeStatus(job.job, job.job.version(),
                StatusChange.to(WorkOrderStatus.COMPLETED), world.dispatcher.actor());
        closed = world.workOrders.changeStatus(completed, completed.version(), StatusChange.to(WorkOrderStatus.CLOSED),
                world.dispatcher.actor());
    }

    @Test
    void notesLaborStatusAndCompletionAreRefusedWithTheReason() {
        long audit = world.count(AUDIT_LOG);
        long feed = world.count(CHANGE_FEED);
        String jobPath = "/api/v1/jobs/" + closed.id();
        JavalinTest.test(world.app(), (server, client) -> {
            assertClosed(ApiFixture.postJson(client, jobPath + "/notes", "{\"body\": \"one more thing\"}",
                    bearer(world.techA.token())), "adding a note");
            assertClosed(ApiFixture.postJson(client, jobPath + "/labor", "{\"clientId\": \"" + java.util.UUID.randomUUID()
                    + "\", \"start\": \"2026-03-10T12:00:00Z\", \"end\": \"2026-03-10T13:00:00Z\"}",
                    bearer(world.techA.token())), "recording labor");
            assertClosed(ApiFixture.postJson(client, jobPath + "/status", "{\"to\": \"IN_PROGRESS\", \"version\": "
                    + closed.version() + "}", bearer(world.dispatcher.token())), "moving it to In progress");
            assertClosed(ApiFixture.postJson(client, jobPath + "/complete", JobCompletionEndpointTest.DONE
                    + ", \"summary\": \"again\"}", bearer(world.techA.token())), "completing it again");

            // the way out is a manager's reopen: a dispatcher is told who may
            Response reopen = ApiFixture.postJson(client, jobPath + "/status", "{\"to\": \"COMPLETED\", \"version\": "
                    + closed.version() + ", \"note\": \"wrong part\"}", bearer(world.dispatcher.token()));
            assertThat(reopen.code()).isEqualTo(403);
        });
        assertThat(world.count(AUDIT_LOG)).isEqualTo(audit);
        assertThat(world.count(CHANGE_FEED)).isEqualTo(feed);
        assertThat(world.workOrders.find(closed.id()).orElseThrow()).isEqualTo(closed);
    }

    private void assertClosed(Response response, String change) {
        assertThat(response.code()).isEqualTo(409);
        JsonNode error = JobWorld.json(response);
        assertThat(error.get("error").asText()).isEqualTo("work_order_closed");
        assertThat(error.get("message").asText()).startsWith(closed.number() + " is Closed, so " + change)
                .contains("reopen");
    }
}
