package com.fieldwork.api.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.FieldApi;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.fieldwork.api.sync.SyncEndpointTest.T1;
import static com.fieldwork.api.sync.SyncEndpointTest.batch;
import static com.fieldwork.api.sync.SyncEndpointTest.event;
import static com.fieldwork.api.sync.SyncEndpointTest.results;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_NOTE;
import static org.assertj.core.api.Assertions.assertThat;

/** A phone that was offline while the office closed its job: the queued event is rejected with the reason. */
class SyncOnClosedJobEndpointTest extends SyncApiTest {

    @Test
    void aQueuedNoteOnAJobClosedMeanwhileIsRejectedAsClosed() {
        world.dsl.update(WORK_ORDER).set(WORK_ORDER.STATUS, "CLOSED").where(WORK_ORDER.ID.eq(myJob)).execute();
        String batch = batch(event(UUID.randomUUID(), T1, "note", "{\"workOrderId\":" + myJob + ",\"body\":\"Gate locked\"}"));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode result = results(send(client, batch)).get(0);

            assertThat(result.get("outcome").asText()).isEqualTo("REJECTED");
            assertThat(result.get("code").asText()).isEqualTo("work_order_closed");
            assertThat(result.get("message").asText()).contains("is Closed, so adding a note is refused");
        });
        assertThat(world.dsl.fetchCount(WORK_ORDER_NOTE)).isZero();
    }
}
