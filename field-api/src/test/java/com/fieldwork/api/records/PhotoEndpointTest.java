package com.fieldwork.api.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.FieldApi;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Photos up by idempotent PUT, checked by their bytes and size, and down again byte for byte. */
class PhotoEndpointTest extends RecordsEndpointTest {

    private String photoPath(UUID clientId, long workOrderId) {
        return "/api/v1/photos/" + clientId + "?workOrderId=" + workOrderId + "&visitId=" + world.myVisit
                + "&caption=Burner&lat=39.75&lon=-104.99&fileName=burner.jpg";
    }

    @Test
    void aNewPhotoIs201WithItsHashAndAnIdenticalReplayIs200WithTheSameId() throws Exception {
        byte[] photo = RawHttp.jpeg(5000, 1);
        UUID clientId = UUID.randomUUID();
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            HttpResponse<byte[]> first = RawHttp.put(server, photoPath(clientId, world.myJob), world.myToken(), photo, "image/jpeg");
            HttpResponse<byte[]> again = RawHttp.put(server, photoPath(clientId, world.myJob), world.myToken(), photo, "image/jpeg");

            assertThat(first.statusCode()).as(RawHttp.text(first)).isEqualTo(201);
            JsonNode body = RecordsWorld.JSON.readTree(first.body());
            assertThat(body.get("contentHash").asText())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)));
            assertThat(body.get("mimeType").asText()).isEqualTo("image/jpeg");
            assertThat(body.get("sizeBytes").asLong()).isEqualTo(5000);
            assertThat(body.get("caption").asText()).isEqualTo("Burner");
            assertThat(body.get("clientId").asText()).isEqualTo(clientId.toString());
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(RecordsWorld.JSON.readTree(again.body()).get("id").asLong()).isEqualTo(body.get("id").asLong());
            assertThat(world.rows(ATTACHMENT)).isEqualTo(1);
            assertThat(world.auditRows("attachment")).isEqualTo(1);
            assertThat(world.feedRows("attachment")).isEqualTo(1);
        });
    }

    @Test
    void theSameClientIdWithOtherBytesIs409() {
        UUID clientId = UUID.randomUUID();
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            RawHttp.put(server, photoPath(clientId, world.myJob), world.myToken(), RawHttp.jpeg(3000, 1), "image/jpeg");
            HttpResponse<byte[]> other = RawHttp.put(server, photoPath(clientId, world.myJob), world.myToken(),
                    RawHttp.jpeg(3000, 2), "image/jpeg");

            assertThat(other.statusCode()).isEqualTo(409);
            assertThat(RecordsWorld.JSON.readTree(other.body()).get("error").asText()).isEqualTo("conflict");
            assertThat(world.rows(ATTACHMENT)).isEqualTo(1);
        });
    }

    @Test
    void aPhotoOver15MegabytesIs413AndLeavesNoFileAndNoRow() {
        byte[] tooBig = RawHttp.jpeg(16 * 1024 * 1024, 7);
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            HttpResponse<byte[]> response = RawHttp.put(server, photoPath(UUID.randomUUID(), world.myJob), world.myToken(),
                    tooBig, "image/jpeg");

            assertThat(response.statusCode()).as(RawHttp.text(response)).isEqualTo(413);
            JsonNode body = RecordsWorld.JSON.readTree(response.body());
            assertThat(body.get("error").asText()).isEqualTo("upload_too_large");
            assertThat(body.get("details").get("limitBytes").asLong()).isEqualTo(15L * 1024 * 1024);
            assertThat(world.rows(ATTACHMENT)).isZero();
            assertThat(world.storedFiles()).isZero();
        });
    }

    @Test
    void textNamedLikeAJpegIs415WhateverItsDeclaredType() {
        byte[] text = "this is not a photo, just text".getBytes(StandardCharsets.UTF_8);
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            HttpResponse<byte[]> response = RawHttp.put(server, photoPath(UUID.randomUUID(), world.myJob), world.myToken(),
                    text, "image/jpeg");

            assertThat(response.statusCode()).isEqualTo(415);
            assertThat(RecordsWorld.JSON.readTree(response.body()).get("error").asText()).isEqualTo("unsupported_media_type");
            assertThat(world.rows(ATTACHMENT)).isZero();
            assertThat(world.storedFiles()).isZero();
        });
    }

    @Test
    void aClientIdThatIsNoUuidIs400() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            HttpResponse<byte[]> response = RawHttp.put(server, "/api/v1/photos/not-a-uuid?workOrderId=" + world.myJob,
                    world.myToken(), RawHttp.jpeg(100, 1), "image/jpeg");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(RecordsWorld.JSON.readTree(response.body()).get("details").get("field").asText()).isEqualTo("clientId");
        });
    }

    @Test
    void anotherTechniciansJobIs404AndNothingIsStored() {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            HttpResponse<byte[]> response = RawHttp.put(server, "/api/v1/photos/" + UUID.randomUUID() + "?workOrderId="
                    + world.theirJob, world.myToken(), RawHttp.jpeg(100, 1), "image/jpeg");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(world.rows(ATTACHMENT)).isZero();
            assertThat(world.storedFiles()).isZero();
        });
    }

    @Test
    void aDownloadReturnsTheSameBytesWithTypeLengthEtagAndPrivateCaching() throws Exception {
        byte[] photo = RawHttp.png(3);
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            HttpResponse<byte[]> up = RawHttp.put(server, photoPath(UUID.randomUUID(), world.myJob), world.myToken(), photo,
                    "application/octet-stream");
            JsonNode saved = RecordsWorld.JSON.readTree(up.body());

            HttpResponse<byte[]> down = RawHttp.get(server, "/api/v1/attachments/" + saved.get("id").asLong(), world.myToken());

            assertThat(down.statusCode()).isEqualTo(200);
            assertThat(down.body()).isEqualTo(photo);
            assertThat(down.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
            assertThat(down.headers().firstValue("Content-Length")).hasValue(String.valueOf(photo.length));
            assertThat(down.headers().firstValue("ETag")).hasValue("\"" + saved.get("contentHash").asText() + "\"");
            assertThat(down.headers().firstValue("Cache-Control")).hasValue("private");
            HttpResponse<byte[]> unchanged = RawHttp.get(server, "/api/v1/attachments/" + saved.get("id").asLong(),
                    world.myToken(), "If-None-Match", down.headers().firstValue("ETag").orElseThrow());
            assertThat(unchanged.statusCode()).isEqualTo(304);
            assertThat(unchanged.body()).isEmpty();
        });
    }

    @Test
    void anotherTechniciansAttachmentIs404() throws Exception {
        JavalinTest.test(FieldApi.create(world.context), (server, client) -> {
            HttpResponse<byte[]> up = RawHttp.put(server, photoPath(UUID.randomUUID(), world.myJob), world.myToken(),
                    RawHttp.png(4), "image/png");
            long id = RecordsWorld.JSON.readTree(up.body()).get("id").asLong();

            HttpResponse<byte[]> theirs = RawHttp.get(server, "/api/v1/attachments/" + id, world.otherToken());

            assertThat(theirs.statusCode()).isEqualTo(404);
            assertThat(RecordsWorld.JSON.readTree(theirs.body()).get("error").asText()).isEqualTo("not_found");
            assertThat(RawHttp.get(server, "/api/v1/attachments/" + (id + 1000), world.myToken()).statusCode()).isEqualTo(404);
        });
    }
}
