package com.fieldwork.api.records;

import com.fieldwork.api.FieldApi;
import com.fieldwork.api.testing.ApiFixture;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client mistake is a 4xx with the usual error body, never a 500: wrong JSON types, impossible values,
 * ids that point nowhere or at another job's things.
 */
class RecordClientMistakesTest extends RecordsEndpointTest {

    @Test
    void mistakenJsonBodiesAre4xxAndWriteNothing() {
        String job = "/api/v1/jobs/" + world.myJob;
        String when = "\"signedAt\": \"2026-03-02T07:00:00-07:00\"";
        List<String[]> mistakes = List.of(
                new String[]{job + "/parts", "{\"partId\": " + world.part + ", \"quantity\": \"lots\"}", "400"},
                new String[]{job + "/parts", "{\"sku\": \"NO-SUCH-SKU\", \"quantity\": 1}", "404"},
                new String[]{job + "/parts", "{\"quantity\": 1}", "400"},
                new String[]{job + "/labor", "{\"clientId\": \"nope\", \"start\": \"2026-03-02T05:00:00Z\", \"end\": \"2026-03-02T06:00:00Z\"}", "400"},
                new String[]{job + "/labor", "{\"clientId\": \"" + UUID.randomUUID() + "\", \"start\": \"yesterday\"}", "400"},
                new String[]{job + "/labor", "{\"clientId\": \"" + UUID.randomUUID() + "\"}", "400"},
                new String[]{job + "/checklist/" + world.yesNoItem, "{\"value\": {\"a\": 1}}", "400"},
                new String[]{job + "/checklist/" + world.yesNoItem, "{}", "400"},
                new String[]{job + "/checklist/" + world.photoItem, "{\"attachmentId\": 999999}", "4xx"},
                new String[]{job + "/checklist/999999", "{\"value\": true}", "404"},
                new String[]{job + "/checklist/abc", "{\"value\": true}", "400"},
                new String[]{"/api/v1/jobs/abc/labor", "{}", "400"},
                new String[]{"/api/v1/jobs/999999/labor", "{}", "404"},
                new String[]{job + "/signature", "{\"clientId\": \"" + UUID.randomUUID() + "\", \"signerName\": \"D\", " + when
                        + ", \"png\": \"%%%not base64\"}", "400"},
                new String[]{job + "/signature", "{\"clientId\": \"" + UUID.randomUUID() + "\", \"signerName\": \"D\", " + when
                        + ", \"lat\": 91, \"lon\": 0, \"svg\": \"<svg/>\"}", "400"},
                new String[]{job + "/signature", "{\"clientId\": \"" + UUID.randomUUID() + "\", \"signerName\": \" \", " + when
                        + ", \"svg\": \"<svg/>\"}", "400"},
                new String[]{job + "/signature", "{\"clientId\": \"" + UUID.randomUUID() + "\", \"signerName\": \"D\", " + when
                        + "}", "400"},
                new String[]{"/api/v1/pings", "{\"pings\": \"all of them\"}", "400"},
                new String[]{"/api/v1/pings", "{\"pings\": [null]}", "400"},
                new String[]{"/api/v1/pings", "{\"pings\": []}", "400"},
                new String[]{"/api/v1/pings", "{\"at\": \"2026-03-02T16:00:00Z\", \"lat\": 1, \"lon\": 1}", "400"});
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            int audit = world.rows(AUDIT_LOG);
            for (String[] mistake : mistakes) {
                Response response = ApiFixture.postJson(client, mistake[0], mistake[1], ApiFixture.bearer(world.myToken()));
                String what = mistake[0] + " " + mistake[1] + " -> " + response.body().string();
                if (mistake[2].equals("4xx")) {
                    assertThat(response.code()).as(what).isBetween(400, 499);
                } else {
                    assertThat(response.code()).as(what).isEqualTo(Integer.parseInt(mistake[2]));
                }
                assertThat(RecordsWorld.json(response).has("error")).as(what).isTrue();
            }
            assertThat(world.rows(AUDIT_LOG)).isEqualTo(audit);
        });
    }

    @Test
    void mistakenPhotoUploadsAre4xx() {
        String photos = "/api/v1/photos/" + UUID.randomUUID();
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            List<Object[]> mistakes = List.of(
                    new Object[]{photos, "image/jpeg", 400},
                    new Object[]{photos + "?workOrderId=abc", "image/jpeg", 400},
                    new Object[]{photos + "?workOrderId=" + world.myJob + "&lat=1", "image/jpeg", 400},
                    new Object[]{photos + "?workOrderId=" + world.myJob + "&lat=x&lon=1", "image/jpeg", 400},
                    new Object[]{photos + "?workOrderId=" + world.myJob + "&visitId=999999", "image/jpeg", 400},
                    new Object[]{photos + "?workOrderId=" + world.myJob, "application/json", 415},
                    new Object[]{"/api/v1/photos/1-1-1-1-1?workOrderId=" + world.myJob, "image/jpeg", 400});
            for (Object[] mistake : mistakes) {
                HttpResponse<byte[]> response = RawHttp.put(server, (String) mistake[0], world.myToken(),
                        RawHttp.jpeg(400, 3), (String) mistake[1]);
                assertThat(response.statusCode()).as(mistake[0] + " " + RawHttp.text(response)).isEqualTo(mistake[2]);
            }
            assertThat(RawHttp.get(server, "/api/v1/attachments/abc", world.myToken()).statusCode()).isEqualTo(400);
            // no row; a rejected visit id may leave its bytes in the store (PhotoUploads stores, then the row is
            // refused): content-addressed and harmless, as core documents
            assertThat(world.rows(ATTACHMENT)).isZero();
        });
    }
}
