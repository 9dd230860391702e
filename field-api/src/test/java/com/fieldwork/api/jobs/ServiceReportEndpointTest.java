package com.fieldwork.api.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrderStatus;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.fieldwork.api.testing.ApiFixture.bearer;
import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/jobs/{id}/report.pdf} and {@code POST .../report} over real HTTP, on H2 and PostgreSQL: the
 * report made when the phone completes the job, read back with PDFBox.
 */
class ServiceReportEndpointTest extends JobsEndpointTest {

    @Test
    void theTechnicianDownloadsTheReportMadeWhenTheJobWasCompleted() {
        CompletionJob job = completed();
        String customer = world.dsl.select(CUSTOMER.NAME).from(CUSTOMER)
                .where(CUSTOMER.ID.eq(job.job.customerId())).fetchSingle(CUSTOMER.NAME);
        assertThat(world.dsl.fetchCount(ATTACHMENT, ATTACHMENT.KIND.eq("REPORT"))).isEqualTo(1);

        JavalinTest.test(world.app(), (server, client) -> {
            HttpResponse<byte[]> pdf = get(server.port(), job.job.id(), world.techA.token());

            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                    assertThat(d).contains(job.job.number() + " service report.pdf"));
            try (var document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document)).contains(job.job.number().toString(), customer,
                        "Signed by Ann Customer", "Flue clear?", "Cleaned the flue", "First-time fix");
            }
        });
        // asking again hands out the same file, it does not make another
        assertThat(world.dsl.fetchCount(ATTACHMENT, ATTACHMENT.KIND.eq("REPORT"))).isEqualTo(1);
    }

    @Test
    void anotherTechniciansJobIsNotFoundAndAnUnfinishedOneIsAConflict() {
        CompletionJob done = completed();
        CompletionJob open = new CompletionJob(world, false);
        JavalinTest.test(world.app(), (server, client) -> {
            assertThat(get(server.port(), done.job.id(), world.techB.token()).statusCode()).isEqualTo(404);

            HttpResponse<byte[]> early = get(server.port(), open.job.id(), world.techA.token());
            assertThat(early.statusCode()).isEqualTo(409);
            JsonNode error = JobWorld.JSON.readTree(early.body());
            assertThat(error.get("error").asText()).isEqualTo("report_not_ready");
            assertThat(error.get("message").asText()).contains(open.job.number().toString(), "In progress");
        });
    }

    @Test
    void theOfficeMakesANewVersionAndATechnicianMayNot() {
        CompletionJob job = completed();
        JavalinTest.test(world.app(), (server, client) -> {
            Response refused = ApiFixture.postJson(client, "/api/v1/jobs/" + job.job.id() + "/report", "",
                    bearer(world.techA.token()));
            assertThat(refused.code()).isEqualTo(403);

            Response made = ApiFixture.postJson(client, "/api/v1/jobs/" + job.job.id() + "/report", "",
                    bearer(world.dispatcher.token()));
            assertThat(made.code()).isEqualTo(201);
            JsonNode body = JobWorld.json(made);
            assertThat(body.get("kind").asText()).isEqualTo("REPORT");
            assertThat(body.get("mimeType").asText()).isEqualTo("application/pdf");
        });
        assertThat(world.dsl.fetchCount(ATTACHMENT, ATTACHMENT.KIND.eq("REPORT"))).isEqualTo(2);
    }

    @Test
    void aClosedJobsReportCanStillBeDownloaded() {
        CompletionJob job = completed();
        var current = world.workOrders.find(job.job.id()).orElseThrow();
        world.workOrders.changeStatus(current, current.version(), StatusChange.to(WorkOrderStatus.CLOSED),
                world.dispatcher.actor());
        JavalinTest.test(world.app(), (server, client) ->
                assertThat(get(server.port(), job.job.id(), world.techA.token()).statusCode()).isEqualTo(200));
    }

    private CompletionJob completed() {
        CompletionJob job = new CompletionJob(world, true);
        job.answerRequired();
        job.photo("one.jpg");
        job.photo("two.jpg");
        job.sign();
        JavalinTest.test(world.app(), (server, client) -> assertThat(JobCompletionEndpointTest.complete(client,
                job.job.id(), world.techA.token(), JobCompletionEndpointTest.DONE + ", \"summary\": \"Cleaned the flue\"}")
                .code()).isEqualTo(200));
        return job;
    }

    /** Bytes as sent: the test client's body is text, and a PDF is not. */
    private static HttpResponse<byte[]> get(int port, long job, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/jobs/" + job + "/report.pdf"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
