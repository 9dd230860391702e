package com.fieldwork.api.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.FieldApi;
import com.fieldwork.api.testing.ApiFixture;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.CHECKLIST_ANSWER;
import static com.fieldwork.db.jooq.Tables.LABOR_ENTRY;
import static com.fieldwork.db.jooq.Tables.SIGNATURE;
import static com.fieldwork.db.jooq.Tables.STOCK_LEVEL;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Checklist answers, labor, parts used and signatures on the technician's own job, on H2 and PostgreSQL. */
class RecordEndpointsTest extends RecordsEndpointTest {

    private Response post(HttpClient client, String path, String json) {
        return ApiFixture.postJson(client, path, json, ApiFixture.bearer(world.myToken()));
    }

    private String job(String rest) {
        return "/api/v1/jobs/" + world.myJob + rest;
    }

    @Test
    void checklistAnswersOfEveryKindAreRecordedAuditedAndFed() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            Response yes = post(client, job("/checklist/" + world.yesNoItem), "{\"value\": true}");
            Response number = post(client, job("/checklist/" + world.numberItem), "{\"value\": 3.5}");
            Response text = post(client, job("/checklist/" + world.textItem), "{\"value\": \"All good\"}");

            assertThat(yes.code()).as(yes.body().string()).isEqualTo(200);
            assertThat(RecordsWorld.json(yes).get("value").asBoolean()).isTrue();
            assertThat(RecordsWorld.json(yes).get("kind").asText()).isEqualTo("YES_NO");
            assertThat(number.code()).isEqualTo(200);
            assertThat(RecordsWorld.json(number).get("value").decimalValue()).isEqualByComparingTo("3.5");
            assertThat(RecordsWorld.json(text).get("value").asText()).isEqualTo("All good");
            assertThat(world.rows(CHECKLIST_ANSWER)).isEqualTo(3);
            assertThat(world.auditRows("checklist_answer")).isEqualTo(3);
            assertThat(world.feedRows("checklist_answer")).isEqualTo(3);
        });
    }

    @Test
    void aPhotoItemIsAnsweredWithAnUploadedPhotosAttachmentId() throws Exception {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            var up = RawHttp.put(server, "/api/v1/photos/" + UUID.randomUUID() + "?workOrderId=" + world.myJob,
                    world.myToken(), RawHttp.jpeg(500, 9), "image/jpeg");
            long attachmentId = RecordsWorld.JSON.readTree(up.body()).get("id").asLong();

            Response answer = post(client, job("/checklist/" + world.photoItem), "{\"attachmentId\": " + attachmentId + "}");

            assertThat(answer.code()).as(answer.body().string()).isEqualTo(200);
            assertThat(RecordsWorld.json(answer).get("value").asLong()).isEqualTo(attachmentId);
        });
    }

    @Test
    void anAnswerOfTheWrongKindIs400NamingTheItem() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            Response wrong = post(client, job("/checklist/" + world.yesNoItem), "{\"value\": \"maybe\"}");

            assertThat(wrong.code()).isEqualTo(400);
            JsonNode body = RecordsWorld.json(wrong);
            assertThat(body.get("error").asText()).isEqualTo("validation_failed");
            assertThat(body.get("message").asText() + body.get("details")).contains("Filter replaced?");
            assertThat(world.rows(CHECKLIST_ANSWER)).isZero();
        });
    }

    @Test
    void anItemNotOnThisJobsChecklistIs404() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            Response elsewhere = post(client, job("/checklist/" + world.otherTemplateItem), "{\"value\": true}");

            assertThat(elsewhere.code()).isEqualTo(404);
            assertThat(world.rows(CHECKLIST_ANSWER)).isZero();
        });
    }

    private static String labor(UUID clientId, String start, String end) {
        return "{\"clientId\": \"" + clientId + "\", \"start\": \"" + start + "\", \"end\": \"" + end
                + "\", \"note\": \"Replaced filter\"}";
    }

    @Test
    void laborIs201ThenAReplayIs200WithTheSameEntry() {
        UUID clientId = UUID.randomUUID();
        String body = labor(clientId, "2026-03-02T05:00:00-07:00", "2026-03-02T06:30:00-07:00");
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            Response first = post(client, job("/labor"), body);
            Response again = post(client, job("/labor"), body);

            assertThat(first.code()).as(first.body().string()).isEqualTo(201);
            JsonNode entry = RecordsWorld.json(first);
            assertThat(entry.get("start").asText()).isEqualTo("2026-03-02T12:00:00Z");
            assertThat(entry.get("end").asText()).isEqualTo("2026-03-02T13:30:00Z");
            assertThat(entry.get("technicianId").asLong()).isEqualTo(world.me.actor().technicianId().getAsLong());
            assertThat(again.code()).isEqualTo(200);
            assertThat(RecordsWorld.json(again).get("id").asLong()).isEqualTo(entry.get("id").asLong());
            assertThat(world.rows(LABOR_ENTRY)).isEqualTo(1);
            assertThat(world.auditRows("labor_entry")).isEqualTo(1);
            assertThat(world.feedRows("labor_entry")).isEqualTo(1);
        });
    }

    @Test
    void laborEndingBeforeItStartsIs400AndOverlappingLaborIs409() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            Response backwards = post(client, job("/labor"),
                    labor(UUID.randomUUID(), "2026-03-02T09:00:00-07:00", "2026-03-02T08:00:00-07:00"));
            post(client, job("/labor"), labor(UUID.randomUUID(), "2026-03-02T06:00:00-07:00", "2026-03-02T07:00:00-07:00"));
            Response overlap = post(client, job("/labor"),
                    labor(UUID.randomUUID(), "2026-03-02T06:30:00-07:00", "2026-03-02T07:30:00-07:00"));
            Response noOffset = post(client, job("/labor"),
                    labor(UUID.randomUUID(), "2026-03-02T04:00:00", "2026-03-02T05:00:00"));

            assertThat(backwards.code()).isEqualTo(400);
            assertThat(RecordsWorld.json(backwards).get("details").get("field").asText()).isEqualTo("end");
            assertThat(overlap.code()).isEqualTo(409);
            assertThat(noOffset.code()).isEqualTo(400);
            assertThat(world.rows(LABOR_ENTRY)).isEqualTo(1);
        });
    }

    @Test
    void partsUsedComeOutOfMyVanAndTheAnswerShowsWhatIsLeft() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            Response bySku = post(client, job("/parts"), "{\"sku\": \"" + world.partSku + "\", \"quantity\": 2}");
            Response byId = post(client, job("/parts"), "{\"partId\": " + world.part + ", \"quantity\": 1}");

            assertThat(bySku.code()).as(bySku.body().string()).isEqualTo(201);
            JsonNode used = RecordsWorld.json(bySku);
            assertThat(used.get("movement").get("kind").asText()).isEqualTo("CONSUME");
            assertThat(used.get("movement").get("quantity").decimalValue()).isEqualByComparingTo("2");
            assertThat(used.get("movement").get("workOrderId").asLong()).isEqualTo(world.myJob);
            assertThat(used.get("van").get("locationId").asLong()).isEqualTo(world.van);
            assertThat(used.get("van").get("onHand").decimalValue()).isEqualByComparingTo("3");
            assertThat(RecordsWorld.json(byId).get("van").get("available").decimalValue()).isEqualByComparingTo("2");
            assertThat(world.feedRows("stock_movement") + world.auditRows("stock_movement")).isPositive();
        });
    }

    @Test
    void partsUsedResentWithTheSameClientIdGiveTheFirstMovementAndUseNothingMore() {
        String body = "{\"partId\": " + world.part + ", \"quantity\": 2, \"clientId\": \"" + UUID.randomUUID() + "\"}";
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            Response first = post(client, job("/parts"), body);
            int movements = world.rows(STOCK_MOVEMENT);
            int audit = world.auditRows("stock_movement");
            Response again = post(client, job("/parts"), body);
            Response fresh = post(client, job("/parts"), "{\"partId\": " + world.part + ", \"quantity\": 1}");

            assertThat(first.code()).isEqualTo(201);
            assertThat(again.code()).isEqualTo(200);
            JsonNode firstUse = RecordsWorld.json(first);
            JsonNode secondUse = RecordsWorld.json(again);
            assertThat(secondUse.get("movement")).isEqualTo(firstUse.get("movement"));
            assertThat(secondUse.get("van").get("onHand").decimalValue()).isEqualByComparingTo("3");
            assertThat(world.rows(STOCK_MOVEMENT)).isEqualTo(movements + 1); // only the fresh use, no clientId
            assertThat(world.auditRows("stock_movement")).isEqualTo(audit + 1);
            assertThat(RecordsWorld.json(fresh).get("van").get("onHand").decimalValue()).isEqualByComparingTo("2");
        });
    }

    @Test
    void aClientIdReusedForADifferentQuantityIs409() {
        UUID clientId = UUID.randomUUID();
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            post(client, job("/parts"), "{\"partId\": " + world.part + ", \"quantity\": 1, \"clientId\": \"" + clientId + "\"}");
            Response other = post(client, job("/parts"), "{\"partId\": " + world.part + ", \"quantity\": 3, \"clientId\": \"" + clientId + "\"}");

            assertThat(other.code()).isEqualTo(409);
            assertThat(world.dsl.select(STOCK_LEVEL.ON_HAND).from(STOCK_LEVEL).where(STOCK_LEVEL.LOCATION_ID.eq(world.van))
                    .fetchSingle().value1()).isEqualByComparingTo(new BigDecimal("4"));
        });
    }

    @Test
    void usingMoreThanTheVanHoldsIs409WithTheFiguresAndChangesNothing() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            int movements = world.rows(STOCK_MOVEMENT);
            Response tooMany = post(client, job("/parts"), "{\"partId\": " + world.part + ", \"quantity\": 7}");

            assertThat(tooMany.code()).isEqualTo(409);
            JsonNode body = RecordsWorld.json(tooMany);
            assertThat(body.get("error").asText()).isEqualTo("insufficient_stock");
            JsonNode details = body.get("details");
            assertThat(details.get("sku").asText()).isEqualTo(world.partSku);
            assertThat(details.get("location").asText()).startsWith("Van of");
            assertThat(details.get("onHand").decimalValue()).isEqualByComparingTo("5");
            assertThat(details.get("reserved").decimalValue()).isEqualByComparingTo("0");
            assertThat(details.get("available").decimalValue()).isEqualByComparingTo("5");
            assertThat(details.get("requested").decimalValue()).isEqualByComparingTo("7");
            assertThat(world.rows(STOCK_MOVEMENT)).isEqualTo(movements);
            assertThat(world.dsl.select(STOCK_LEVEL.ON_HAND).from(STOCK_LEVEL).where(STOCK_LEVEL.LOCATION_ID.eq(world.van))
                    .fetchSingle().value1()).isEqualByComparingTo(new BigDecimal("5"));
        });
    }

    @Test
    void aZeroQuantityIs400AndATechnicianWithoutAVanIs422() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            Response zero = post(client, job("/parts"), "{\"partId\": " + world.part + ", \"quantity\": 0}");
            Response negative = post(client, job("/parts"), "{\"partId\": " + world.part + ", \"quantity\": -1}");
            Response noVan = ApiFixture.postJson(client, "/api/v1/jobs/" + world.theirJob + "/parts",
                    "{\"partId\": " + world.part + ", \"quantity\": 1}", ApiFixture.bearer(world.otherToken()));

            assertThat(zero.code()).isEqualTo(400);
            assertThat(RecordsWorld.json(zero).get("details").get("field").asText()).isEqualTo("quantity");
            assertThat(negative.code()).isEqualTo(400);
            assertThat(noVan.code()).isEqualTo(422);
            assertThat(RecordsWorld.json(noVan).get("error").asText()).isEqualTo("no_van");
        });
    }

    private static String signature(UUID clientId, String imageField) {
        return "{\"clientId\": \"" + clientId + "\", \"signerName\": \"Dana Customer\", \"signedAt\": "
                + "\"2026-03-02T07:55:00-07:00\", \"lat\": 39.75, \"lon\": -104.99, " + imageField + "}";
    }

    @Test
    void aSignatureAsPngOrSvgIs201AndAReplayIs200() {
        String png = "\"png\": \"" + Base64.getEncoder().encodeToString(RawHttp.png(5)) + "\"";
        String svg = "\"svg\": \"<svg xmlns='http://www.w3.org/2000/svg'><path d='M0 0 L10 10'/></svg>\"";
        UUID pngId = UUID.randomUUID();
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            Response first = post(client, job("/signature"), signature(pngId, png));
            Response replay = post(client, job("/signature"), signature(pngId, png));
            Response strokes = post(client, job("/signature"), signature(UUID.randomUUID(), svg));

            assertThat(first.code()).as(first.body().string()).isEqualTo(201);
            JsonNode signed = RecordsWorld.json(first);
            assertThat(signed.get("signerName").asText()).isEqualTo("Dana Customer");
            assertThat(signed.get("signedAt").asText()).isEqualTo("2026-03-02T14:55:00Z");
            assertThat(signed.get("lat").asDouble()).isEqualTo(39.75);
            assertThat(replay.code()).isEqualTo(200);
            assertThat(RecordsWorld.json(replay).get("id").asLong()).isEqualTo(signed.get("id").asLong());
            assertThat(strokes.code()).as(strokes.body().string()).isEqualTo(201);
            assertThat(world.rows(SIGNATURE)).isEqualTo(2);
            assertThat(world.auditRows("signature")).isEqualTo(2);
            assertThat(world.feedRows("signature")).isEqualTo(2);
        });
    }

    @Test
    void anSvgWithAScriptIs400AndPngFieldBytesThatAreNoPngAre415() {
        String script = "\"svg\": \"<svg><script>alert(1)</script></svg>\"";
        String notPng = "\"png\": \"" + Base64.getEncoder().encodeToString("hello".getBytes()) + "\"";
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            Response scripted = post(client, job("/signature"), signature(UUID.randomUUID(), script));
            Response text = post(client, job("/signature"), signature(UUID.randomUUID(), notPng));

            assertThat(scripted.code()).isEqualTo(400);
            assertThat(RecordsWorld.json(scripted).get("details").get("field").asText()).isEqualTo("svg");
            assertThat(text.code()).isEqualTo(415);
            assertThat(world.rows(SIGNATURE)).isZero();
        });
    }

    @Test
    void malformedMissingOrNullJsonBodiesAre400NotA500() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            for (String path : new String[]{job("/labor"), job("/parts"), job("/signature"),
                    job("/checklist/" + world.yesNoItem), "/api/v1/pings"}) {
                for (String body : new String[]{"{not json", "null", "", "[1, 2]"}) {
                    Response response = post(client, path, body);
                    assertThat(response.code()).as(path + " with " + body + ": " + response.body().string()).isEqualTo(400);
                    assertThat(RecordsWorld.json(response).get("error").asText()).isIn("bad_request", "validation_failed");
                }
            }
        });
    }
}
