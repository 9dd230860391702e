package com.fieldwork.api.completion;

import com.fieldwork.api.JsonBody;
import com.fieldwork.api.auth.CurrentActor;
import com.fieldwork.api.openapi.ApiRoute;
import com.fieldwork.api.openapi.ApiRoutes;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.completion.JobCompletion;
import io.javalin.http.Context;

import java.time.ZoneId;
import java.util.Objects;

/**
 * "Job done" from the phone: the only way a technician completes a job, because it insists on the proof the
 * template asks for (see {@link com.fieldwork.core.completion.CompletionPolicy}).
 */
public final class CompletionController {

    public static final String COMPLETE = "/api/v1/jobs/{workOrderId}/complete";

    private final JobCompletion completion;
    private final ZoneId companyZone;

    public CompletionController(JobCompletion completion, ZoneId companyZone) {
        this.completion = Objects.requireNonNull(completion, "completion");
        this.companyZone = Objects.requireNonNull(companyZone, "companyZone");
    }

    public void install(ApiRoutes routes) {
        routes.add(ApiRoute.post(COMPLETE)
                .operation("completeJob", "Jobs", "Complete a job with its proof")
                .description("422 completion_incomplete lists every required checklist item, photo or signature "
                        + "that is missing (details.missing).")
                .body(CompletionBody.class).reply(200, "Completed", CompletionResponse.class)
                .errors(403, 404, 409, 422), this::complete);
    }

    void complete(Context ctx) {
        long id = workOrderId(ctx.pathParam("workOrderId"));
        CompletionBody body = JsonBody.read(ctx, CompletionBody.class);
        ctx.json(CompletionResponse.of(completion.complete(CurrentActor.of(ctx), id, body.toRequest()), companyZone));
    }

    /** The same 400 the job routes give for a malformed id. */
    private static long workOrderId(String raw) {
        try {
            long id = Long.parseLong(raw.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as a non-positive id
        }
        throw new ValidationException("workOrderId", "workOrderId must be a positive whole number, got '" + raw + "'");
    }
}
