package com.fieldwork.api.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.FieldApi;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.core.workorder.WorkOrderStatus;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static com.fieldwork.api.sync.SyncEndpointTest.T1;
import static com.fieldwork.api.sync.SyncEndpointTest.batch;
import static com.fieldwork.api.sync.SyncEndpointTest.event;
import static com.fieldwork.api.sync.SyncEndpointTest.results;
import static com.fieldwork.api.testing.ApiFixture.bearer;
import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.COMPLETION_RECORD;
import static com.fieldwork.db.jooq.Tables.LOCATION_PING;
import static com.fieldwork.db.jooq.Tables.SIGNATURE;
import static com.fieldwork.db.jooq.Tables.STOCK_LEVEL;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static com.fieldwork.db.jooq.Tables.SYNC_RECEIPT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queued field records over HTTP, on H2 and PostgreSQL: parts used, location pings, signatures and
 * completion with proof, each applied once, answered as a duplicate on resend, and rejected as the live
 * routes would refuse it.
 */
class SyncFieldRecordsEndpointTest extends SyncApiTest {

    static final String SVG = "<svg xmlns='http://www.w3.org/2000/svg'><path d='M0 0 L10 10'/></svg>";

    @Test
    void partsUsedComeOutOfTheVanOnceHoweverOftenTheEventIsSent() {
        String batch = batch(event(UUID.randomUUID(), T1, "part_used",
                "{\"workOrderId\":" + myJob + ",\"partId\":" + world.part + ",\"quantity\":3}"));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode first = results(send(client, batch)).get(0);
            int movements = world.dsl.fetchCount(STOCK_MOVEMENT);
            JsonNode again = results(send(client, batch)).get(0);

            assertThat(first.get("outcome").asText()).isEqualTo("APPLIED");
            assertThat(first.get("result").get("vanOnHand").asText()).isEqualTo("997");
            assertThat(again.get("outcome").asText()).isEqualTo("DUPLICATE");
            assertThat(again.get("result")).isEqualTo(first.get("result"));
            assertThat(world.dsl.fetchCount(STOCK_MOVEMENT)).isEqualTo(movements);
            assertThat(vanOnHand()).isEqualByComparingTo("997");
        });
    }

    @Test
    void aPartUseSentLiveAndQueuedUnderOneClientIdIsUsedOnce() {
        UUID clientId = UUID.randomUUID();
        String use = "\"partId\":" + world.part + ",\"quantity\":2,\"clientId\":\"" + clientId + "\"";
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            // the live request went through but its answer was lost; the phone queued it again
            assertThat(ApiFixture.postJson(client, "/api/v1/jobs/" + myJob + "/parts", "{" + use + "}",
                    bearer(myToken)).code()).isEqualTo(201);
            JsonNode queued = results(send(client, batch(event(UUID.randomUUID(), T1, "part_used",
                    "{\"workOrderId\":" + myJob + "," + use + "}")))).get(0);

            assertThat(queued.get("outcome").asText()).isEqualTo("APPLIED");
            assertThat(vanOnHand()).isEqualByComparingTo("998");
            assertThat(world.dsl.fetchCount(STOCK_MOVEMENT, STOCK_MOVEMENT.KIND.eq("CONSUME"))).isEqualTo(1);
        });
    }

    @Test
    void usingMoreThanTheVanHoldsIsRejectedWithTheFiguresAndTheRejectionIsStored() {
        UUID id = UUID.randomUUID();
        String batch = batch(event(id, T1, "part_used",
                "{\"workOrderId\":" + myJob + ",\"partId\":" + world.part + ",\"quantity\":1001}"));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode first = results(send(client, batch)).get(0);
            JsonNode again = results(send(client, batch)).get(0);

            assertThat(first.get("outcome").asText()).isEqualTo("REJECTED");
            assertThat(first.get("code").asText()).isEqualTo("insufficient_stock");
            assertThat(first.get("message").asText()).contains("requested 1001", "available 1000", "on hand 1000");
            assertThat(again).isEqualTo(first);
            assertThat(vanOnHand()).isEqualByComparingTo("1000");
            assertThat(world.dsl.fetchCount(SYNC_RECEIPT, SYNC_RECEIPT.OUTCOME.eq("REJECTED"))).isEqualTo(1);
        });
    }

    @Test
    void partsForAnotherTechniciansJobOrWithoutAQuantityAreRejected() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode results = results(send(client, batch(
                    event(UUID.randomUUID(), T1, "part_used",
                            "{\"workOrderId\":" + theirJob + ",\"partId\":" + world.part + ",\"quantity\":1}"),
                    event(UUID.randomUUID(), T1.plusSeconds(1), "part_used",
                            "{\"workOrderId\":" + myJob + ",\"partId\":" + world.part + "}"))));

            assertThat(results.get(0).get("code").asText()).isEqualTo("not_found");
            assertThat(results.get(1).get("code").asText()).isEqualTo("validation_failed");
            assertThat(results.get(1).get("result").get("field").asText()).isEqualTo("quantity");
            assertThat(vanOnHand()).isEqualByComparingTo("1000");
        });
    }

    @Test
    void aPingIsStoredOnceAndABadOneIsRejectedNamingTheField() {
        UUID id = UUID.randomUUID();
        String ping = batch(event(id, T1, "ping", "{\"lat\":39.75,\"lon\":-104.99,\"accuracyM\":8}"));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode first = results(send(client, ping)).get(0);
            JsonNode again = results(send(client, ping)).get(0);
            JsonNode noLat = results(send(client, batch(event(UUID.randomUUID(), T1.plusSeconds(5), "ping",
                    "{\"lon\":-104.99}")))).get(0);
            JsonNode offTheMap = results(send(client, batch(event(UUID.randomUUID(), T1.plusSeconds(9), "ping",
                    "{\"lat\":95,\"lon\":-104.99}")))).get(0);

            assertThat(first.get("outcome").asText()).isEqualTo("APPLIED");
            assertThat(first.get("result").get("stored").asText()).isEqualTo("1");
            assertThat(again.get("outcome").asText()).isEqualTo("DUPLICATE");
            assertThat(noLat.get("code").asText()).isEqualTo("validation_failed");
            assertThat(noLat.get("result").get("field").asText()).isEqualTo("lat");
            assertThat(offTheMap.get("code").asText()).isEqualTo("validation_failed");
            assertThat(world.dsl.fetchCount(LOCATION_PING)).isEqualTo(1);
            assertThat(world.dsl.fetch(LOCATION_PING).get(0).getRecordedAt()).isEqualTo(T1);
        });
    }

    @Test
    void aSignatureIsCapturedOnceAndRejectedForAnotherJobOrWithoutASigner() {
        UUID id = UUID.randomUUID();
        String sign = batch(event(id, T1, "signature", signature(myJob, "Dana Customer")));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode first = results(send(client, sign)).get(0);
            JsonNode again = results(send(client, sign)).get(0);
            JsonNode rejected = results(send(client, batch(
                    event(UUID.randomUUID(), T1, "signature", signature(theirJob, "Dana Customer")),
                    event(UUID.randomUUID(), T1, "signature", signature(myJob, null)))));

            assertThat(first.get("outcome").asText()).isEqualTo("APPLIED");
            assertThat(first.get("result").get("signatureId").asLong()).isPositive();
            assertThat(again.get("outcome").asText()).isEqualTo("DUPLICATE");
            assertThat(again.get("result")).isEqualTo(first.get("result"));
            assertThat(rejected.get(0).get("code").asText()).isEqualTo("not_found");
            assertThat(rejected.get(1).get("code").asText()).isEqualTo("validation_failed");
            assertThat(rejected.get(1).get("result").get("field").asText()).isEqualTo("signerName");
            assertThat(world.dsl.fetchCount(SIGNATURE)).isEqualTo(1);
            assertThat(world.dsl.fetchCount(ATTACHMENT)).isEqualTo(1);
        });
    }

    @Test
    void aJobIsCompletedWithTheSignatureAndAnswersQueuedBeforeItInTheSameBatch() {
        UUID photo = UUID.randomUUID();
        long photoId = world.photo(myJob, photo, world.technicians.get(0)); // PUT /photos/{clientId} went first
        UUID complete = UUID.randomUUID();
        // listed out of order on purpose: the batch applies in client-time order
        String batch = batch(
                event(complete, T1.plusSeconds(90), "complete", completion(myJob, "\"photoClientIds\":[\"" + photo + "\"]")),
                event(UUID.randomUUID(), T1, "checklist_answer",
                        "{\"workOrderId\":" + myJob + ",\"itemId\":" + world.items.get(0) + ",\"value\":true}"),
                event(UUID.randomUUID(), T1.plusSeconds(10), "checklist_answer",
                        "{\"workOrderId\":" + myJob + ",\"itemId\":" + world.items.get(1) + ",\"value\":false}"),
                event(UUID.randomUUID(), T1.plusSeconds(60), "signature", signature(myJob, "Dana Customer")));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode first = results(send(client, batch));
            // the service report is made right after the completion commits, as on the live route
            assertThat(reports()).isEqualTo(1);
            JsonNode again = results(send(client, batch(event(complete, T1.plusSeconds(90), "complete",
                    completion(myJob, "\"photoClientIds\":[\"" + photo + "\"]"))))).get(0);
            assertThat(results(send(client, batch)))
                    .extracting(r -> r.get("outcome").asText()).containsOnly("DUPLICATE");

            assertThat(first).extracting(r -> r.get("outcome").asText()).containsOnly("APPLIED");
            JsonNode done = first.get(0).get("result");
            assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(done.get("photoIds").asText()).isEqualTo(Long.toString(photoId));
            assertThat(done.get("signatureId").asLong()).isEqualTo(first.get(3).get("result").get("signatureId").asLong());
            assertThat(again.get("outcome").asText()).isEqualTo("DUPLICATE");
            assertThat(again.get("result")).isEqualTo(done);
        });
        // a replayed batch completes nothing again, so it makes no second report
        assertThat(reports()).isEqualTo(1);
        assertThat(world.dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("attachment")
                .and(AUDIT_LOG.ACTION.eq("service report")))).isEqualTo(1);
        assertThat(status(myJob)).isEqualTo(WorkOrderStatus.COMPLETED);
        var record = world.dsl.fetchSingle(COMPLETION_RECORD);
        assertThat(record.getCompletedAt()).isEqualTo(T1.plusSeconds(90));
        assertThat(record.getFirstTimeFix()).isTrue();
        assertThat(record.getCustomerConfirmed()).isTrue();
        assertThat(record.getLat()).isEqualTo(39.75);
    }

    @Test
    void missingProofIsStoredAsIncompleteAndANewEventSucceedsOnceTheProofIsThere() {
        UUID photo = UUID.randomUUID();
        UUID tooEarly = UUID.randomUUID();
        String early = batch(event(tooEarly, T1, "complete", completion(myJob, "\"photoClientIds\":[\"" + photo + "\"]")));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode first = results(send(client, early)).get(0);
            world.answerRequired(myJob, world.technicians.get(0));
            world.photo(myJob, photo, world.technicians.get(0));
            JsonNode resent = results(send(client, early)).get(0);
            JsonNode retried = results(send(client, batch(event(UUID.randomUUID(), T1.plusSeconds(30), "complete",
                    completion(myJob, "\"photoClientIds\":[\"" + photo + "\"]"))))).get(0);

            assertThat(first.get("outcome").asText()).isEqualTo("REJECTED");
            assertThat(first.get("code").asText()).isEqualTo("completion_incomplete");
            assertThat(resent).isEqualTo(first);
            assertThat(retried.get("outcome").asText()).isEqualTo("APPLIED");
        });
        assertThat(status(myJob)).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(world.dsl.fetchCount(COMPLETION_RECORD)).isEqualTo(1);
    }

    @Test
    void completingAnotherTechniciansJobOrWithoutTheFirstTimeFixFlagIsRejected() {
        world.answerRequired(myJob, world.technicians.get(0));
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            JsonNode results = results(send(client, batch(
                    event(UUID.randomUUID(), T1, "complete", completion(theirJob, "\"summary\":\"x\"")),
                    event(UUID.randomUUID(), T1.plusSeconds(1), "complete",
                            "{\"workOrderId\":" + myJob + ",\"customerConfirmed\":true}"))));

            assertThat(results.get(0).get("code").asText()).isEqualTo("not_found");
            assertThat(results.get(1).get("code").asText()).isEqualTo("validation_failed");
            assertThat(results.get(1).get("result").get("field").asText()).isEqualTo("firstTimeFix");
        });
        assertThat(status(myJob)).isEqualTo(WorkOrderStatus.ASSIGNED);
        assertThat(status(theirJob)).isEqualTo(WorkOrderStatus.ASSIGNED);
        assertThat(world.dsl.fetchCount(COMPLETION_RECORD)).isZero();
    }

    static String signature(long workOrderId, String signer) {
        return "{\"workOrderId\":" + workOrderId + (signer == null ? "" : ",\"signerName\":\"" + signer + "\"")
                + ",\"signedAt\":\"" + T1 + "\",\"lat\":39.75,\"lon\":-104.99,\"svg\":\"" + SVG + "\"}";
    }

    static String completion(long workOrderId, String more) {
        return "{\"workOrderId\":" + workOrderId + ",\"firstTimeFix\":true,\"customerConfirmed\":true,"
                + "\"lat\":39.75,\"lon\":-104.99," + more + "}";
    }

    private int reports() {
        return world.dsl.fetchCount(ATTACHMENT, ATTACHMENT.KIND.eq("REPORT")
                .and(ATTACHMENT.WORK_ORDER_ID.eq(myJob)));
    }

    private BigDecimal vanOnHand() {
        return world.dsl.select(STOCK_LEVEL.ON_HAND).from(STOCK_LEVEL)
                .where(STOCK_LEVEL.LOCATION_ID.eq(world.vans.get(0))).fetchSingle().value1();
    }
}
