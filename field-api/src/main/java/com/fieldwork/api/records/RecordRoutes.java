package com.fieldwork.api.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.api.auth.RequiredPermission;
import com.fieldwork.core.security.Permission;
import io.javalin.config.JavalinConfig;

import java.util.Objects;

/**
 * The routes by which a technician records field work on their own jobs: photos, checklist answers,
 * labor, parts used, the customer's signature, and location pings. All are behind the bearer check
 * (they live under /api/v1) and need FIELD_WORK.
 */
public final class RecordRoutes {

    private final RecordServices services;
    private final ObjectMapper json;

    public RecordRoutes(RecordServices services, ObjectMapper json) {
        this.services = Objects.requireNonNull(services, "services");
        this.json = Objects.requireNonNull(json, "json");
    }

    public void install(JavalinConfig config) {
        OwnJobs ownJobs = new OwnJobs(services.workOrders());
        PhotoController photos = new PhotoController(services.photos(), ownJobs);
        JobRecordsController jobs = new JobRecordsController(services.checklist(), services.labor(), ownJobs);
        PartsController parts = new PartsController(services.ledger(), services.stockLocations(), services.parts(), ownJobs);
        SignatureController signatures = new SignatureController(services.signatureCapture(), services.signatures(), ownJobs);
        PingsController pings = new PingsController(services.pings(), json);
        RequiredPermission fieldWork = RequiredPermission.of(Permission.FIELD_WORK);

        config.routes.put("/api/v1/photos/{clientId}", photos::upload, fieldWork);
        config.routes.get("/api/v1/attachments/{id}", photos::download, fieldWork);
        config.routes.post("/api/v1/jobs/{workOrderId}/checklist/{itemId}", jobs::answer, fieldWork);
        config.routes.post("/api/v1/jobs/{workOrderId}/labor", jobs::recordLabor, fieldWork);
        config.routes.post("/api/v1/jobs/{workOrderId}/parts", parts::use, fieldWork);
        config.routes.post("/api/v1/jobs/{workOrderId}/signature", signatures::sign, fieldWork);
        config.routes.post("/api/v1/pings", pings::receive, fieldWork);
    }
}
