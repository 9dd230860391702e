package com.fieldwork.api.intake;

import com.fieldwork.api.JsonBody;
import com.fieldwork.api.auth.ApiKeyRoute;
import com.fieldwork.api.auth.CurrentActor;
import com.fieldwork.api.auth.RequiredPermission;
import com.fieldwork.api.openapi.ApiRoute;
import com.fieldwork.api.openapi.ApiRoutes;
import com.fieldwork.core.intake.IntakeRequest;
import com.fieldwork.core.intake.IntakeResult;
import com.fieldwork.core.intake.IntakeService;
import com.fieldwork.core.security.Permission;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Work orders from other systems, authenticated by API key. 201 with a Location for a new order; 200
 * with the same body for a resend of an external reference already taken, so a caller that lost our
 * answer can simply send again.
 */
public final class IntakeController {

    static final String WORK_ORDERS = "/api/v1/intake/work-orders";
    /** The one GET of a single work order the API has so far. */
    static final String LOCATION = "/api/v1/jobs/";

    private final IntakeService intake;

    public IntakeController(IntakeService intake) {
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    public void install(ApiRoutes routes) {
        routes.add(ApiRoute.post(WORK_ORDERS)
                .operation("submitWorkOrder", "Intake", "Create a work order from another system")
                .description("Idempotent on externalRef: a resend answers 200 with the same order. A 400 lists every "
                        + "bad field in details.")
                .body(IntakeRequest.class)
                .reply(201, "Created; Location names the job", IntakeResponse.class)
                .reply(200, "This externalRef was already taken: the same order", IntakeResponse.class)
                .errors(404, 409, 422)
                .roles(ApiKeyRoute.API_KEY, RequiredPermission.of(Permission.WORK_ORDER_CREATE)), this::submit);
    }

    private void submit(Context ctx) {
        IntakeRequest request = JsonBody.read(ctx, IntakeRequest.class);
        IntakeResult result = intake.submit(CurrentActor.of(ctx), request);
        ctx.header("Location", LOCATION + result.order().id());
        ctx.status(result.created() ? 201 : 200).json(IntakeResponse.of(result.order()));
    }
}
