package com.fieldwork.api.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.auth.RequiredPermission;
import com.fieldwork.api.openapi.ApiRoute;
import com.fieldwork.api.openapi.ApiRoutes;
import com.fieldwork.core.field.UploadPolicy;
import com.fieldwork.core.security.Permission;

import java.util.Objects;

/**
 * The routes by which a technician records field work on their own jobs: photos, checklist answers,
 * labor, parts used and returned, the customer's signature, and location pings. All are behind the bearer check
 * (they live under /api/v1) and need FIELD_WORK.
 */
public final class RecordRoutes {

    private final RecordServices services;
    private final ObjectMapper json;

    public RecordRoutes(RecordServices services, ObjectMapper json) {
        this.services = Objects.requireNonNull(services, "services");
        this.json = Objects.requireNonNull(json, "json");
    }

    public void install(ApiRoutes routes) {
        OwnJobs ownJobs = new OwnJobs(services.workOrders());
        PhotoController photos = new PhotoController(services.photos(), ownJobs);
        JobRecordsController jobs = new JobRecordsController(services.checklist(), services.labor(), ownJobs);
        PartsController parts = new PartsController(services.ledger(), services.stockLocations(), services.parts(), ownJobs);
        SignatureController signatures = new SignatureController(services.signatureCapture(), services.signatures(), ownJobs);
        PingsController pings = new PingsController(services.pings(), json);
        RequiredPermission fieldWork = RequiredPermission.of(Permission.FIELD_WORK);

        String photoTypes = "JPEG, PNG or HEIC, told by the bytes, not by the name or Content-Type; at most "
                + UploadPolicy.DEFAULT_MAX_BYTES / (1024 * 1024) + " MB (413 beyond)";
        routes.add(ApiRoute.put("/api/v1/photos/{clientId}")
                .operation("uploadPhoto", "Records", "Upload a photo of a job, idempotent on the phone's clientId")
                .description(photoTypes + ". A replay with the same clientId answers 200 with the stored photo.")
                .pathParam("clientId", ApiRoute.ParamType.UUID, "A UUID the phone made for this photo")
                .query("workOrderId", ApiRoute.ParamType.ID, true, "The job the photo belongs to")
                .query("visitId", ApiRoute.ParamType.ID, false, "The visit it was taken on")
                .query("fileName", ApiRoute.ParamType.TEXT, false, "Shown in the office; photo-<clientId> by default")
                .query("caption", ApiRoute.ParamType.TEXT, false, "What the photo shows")
                .query("lat", ApiRoute.ParamType.NUMBER, false, "Where it was taken, with lon")
                .query("lon", ApiRoute.ParamType.NUMBER, false, "Where it was taken, with lat")
                .binaryBody("image/jpeg", "image/png", "image/heic", "application/octet-stream")
                .reply(201, "Stored", AttachmentResponse.class)
                .reply(200, "Already stored under this clientId", AttachmentResponse.class)
                .errors(400, 404, 409, 413, 415).roles(fieldWork), photos::upload);
        routes.add(ApiRoute.get("/api/v1/attachments/{id}")
                .operation("downloadAttachment", "Records", "Download a photo or other attachment of my job")
                .description("Answers with an ETag; send it back as If-None-Match to get 304 when unchanged.")
                .replyBinary(200, "The bytes, with their media type", "image/jpeg", "image/png", "image/heic",
                        "application/octet-stream")
                .replyEmpty(304, "Not modified since the ETag sent in If-None-Match")
                .errors(400, 404).roles(fieldWork), photos::download);
        routes.add(ApiRoute.post("/api/v1/jobs/{workOrderId}/checklist/{itemId}")
                .operation("answerChecklistItem", "Records", "Answer a checklist item of my job")
                .description("value: true/false, a number or text, as the item's kind asks; attachmentId for a photo item.")
                .body(ChecklistAnswerRequest.class).reply(200, "Answered", ChecklistAnswerResponse.class)
                .errors(404).roles(fieldWork), jobs::answer);
        routes.add(ApiRoute.post("/api/v1/jobs/{workOrderId}/labor")
                .operation("recordLabor", "Records", "Record labor on my job, idempotent on clientId")
                .body(LaborRequest.class)
                .reply(201, "Recorded", LaborResponse.class)
                .reply(200, "Already recorded under this clientId", LaborResponse.class)
                .errors(404, 409).roles(fieldWork), jobs::recordLabor);
        routes.add(ApiRoute.post("/api/v1/jobs/{workOrderId}/parts")
                .operation("useParts", "Records", "Record parts used on my job, taken from my van")
                .description("409 insufficient_stock says what the van holds; 422 when I have no van.")
                .body(PartsUsedRequest.class).reply(201, "Taken from the van", PartsUsedResponse.class)
                .errors(404, 409, 422).roles(fieldWork), parts::use);
        routes.add(ApiRoute.post("/api/v1/jobs/{workOrderId}/parts/returns")
                .operation("returnParts", "Records", "Return unused parts of my job to my van, idempotent on clientId")
                .description("At most what the job used and has not yet returned: 409 return_exceeds_use says how"
                        + " many can come back; 409 work_order_closed once the job is closed; 422 when I have no van.")
                .body(PartsReturnRequest.class)
                .reply(201, "Back in the van", PartsReturnedResponse.class)
                .reply(200, "Already returned under this clientId", PartsReturnedResponse.class)
                .errors(404, 409, 422).roles(fieldWork), parts::returnUnused);
        routes.add(ApiRoute.post("/api/v1/jobs/{workOrderId}/signature")
                .operation("captureSignature", "Records", "The customer's signature, as a PNG (base64) or SVG strokes")
                .body(SignatureRequest.class)
                .reply(201, "Captured", SignatureResponse.class)
                .reply(200, "Already captured under this clientId", SignatureResponse.class)
                .errors(404, 409, 415).roles(fieldWork), signatures::sign);
        routes.add(ApiRoute.post("/api/v1/pings")
                .operation("sendPings", "Records", "Where I am: one location ping, or a batch collected offline")
                .description("All or nothing: a bad ping is named by its index (pings[3].lat).")
                .body(PingsController.PingRequest.class, PingsController.PingBatch.class)
                .reply(202, "Accepted for the map", PingsController.Received.class)
                .roles(fieldWork), pings::receive);
    }
}
