package com.fieldwork.api.jobs;

import com.fieldwork.api.JsonBody;
import com.fieldwork.api.auth.CurrentActor;
import com.fieldwork.api.openapi.ApiRoute;
import com.fieldwork.api.openapi.ApiRoutes;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.completion.CompletionPolicy;
import com.fieldwork.core.field.FieldClockRule;
import com.fieldwork.core.fieldjob.FieldJobService;
import com.fieldwork.core.fieldjob.JobDetail;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.InvalidTransitionException;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderLifecycle;
import com.fieldwork.core.workorder.WorkOrderNote;
import com.fieldwork.core.workorder.WorkOrderService;
import com.fieldwork.core.workorder.WorkOrderStatus;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One job on the phone: read it, move its status, add a note. Core decides who may: a technician's
 * reads are scoped to their visits in SQL, and WorkOrderService answers another technician's job
 * with not-found, so it looks exactly like a job that does not exist (404).
 */
public final class JobsController {

    static final String JOB = "/api/v1/jobs/{workOrderId}";

    private final FieldJobService jobs;
    private final WorkOrderService workOrders;
    private final Clock clock;
    private final CompanyTime time;

    public JobsController(FieldJobService jobs, WorkOrderService workOrders, Clock clock, ZoneId companyZone) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.workOrders = Objects.requireNonNull(workOrders, "workOrders");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.time = new CompanyTime(companyZone);
    }

    public void install(ApiRoutes routes) {
        routes.add(ApiRoute.get(JOB)
                .operation("job", "Jobs", "A job in full: customer, site, asset history, checklist, parts, notes")
                .query("technicianId", ApiRoute.ParamType.ID, false, "Office roles: read the job as this technician sees it")
                .reply(200, "The job", JobResponse.class)
                .errors(400, 403, 404), this::job);
        routes.add(ApiRoute.post(JOB + "/status")
                .operation("changeStatus", "Jobs", "Move a job to another status")
                .description("409 invalid_transition names the statuses this caller may move to; a stale version is "
                        + "409 concurrent_modification. A technician completes a job with POST .../complete instead.")
                .body(StatusChangeRequest.class).reply(200, "Moved", StatusChangeResponse.class)
                .errors(403, 404, 409, 422), this::changeStatus);
        routes.add(ApiRoute.post(JOB + "/notes")
                .operation("addNote", "Jobs", "Add a note to a job")
                .body(NoteRequest.class).reply(201, "Added", NoteResponse.class)
                .errors(403, 404), this::addNote);
    }

    void job(Context ctx) {
        Actor actor = CurrentActor.of(ctx);
        long id = JobPaths.workOrderId(ctx);
        OptionalLong asked = JobPaths.technicianId(ctx);
        Optional<JobDetail> job = asked.isPresent() ? jobs.jobOf(actor, asked.getAsLong(), id) : jobs.myJob(actor, id);
        ctx.json(JobResponse.of(job.orElseThrow(() -> new NotFoundException("work order", id)), actor, time));
    }

    void changeStatus(Context ctx) {
        Actor actor = CurrentActor.of(ctx);
        long id = JobPaths.workOrderId(ctx);
        StatusChangeRequest request = JsonBody.read(ctx, StatusChangeRequest.class);
        if (request.at() != null) {
            FieldClockRule.notInFuture("at", request.at().toInstant(), clock);
        }
        if (request.to() == WorkOrderStatus.COMPLETED && actor.role() == Role.TECHNICIAN) {
            // another technician's job stays a 404, and a move the lifecycle lacks stays its usual 409;
            // only a completion that would otherwise go through is sent to the proof route
            WorkOrder current = workOrders.get(id, actor);
            if (WorkOrderLifecycle.canTransition(current.status(), request.to(), actor.role())) {
                CompletionPolicy.requireProofForTechnician(actor.role(), request.to(), id);
            }
        }
        WorkOrder changed;
        try {
            changed = workOrders.changeStatus(id, request.version(), request.toChange(), actor);
        } catch (InvalidTransitionException e) {
            // core names every role's moves; the phone needs the ones this caller may make
            throw new InvalidTransitionException(e.current(), e.requested(),
                    WorkOrderLifecycle.allowedTargets(e.current(), actor.role()));
        }
        ctx.json(StatusChangeResponse.of(changed, actor, time));
    }

    void addNote(Context ctx) {
        Actor actor = CurrentActor.of(ctx);
        long id = JobPaths.workOrderId(ctx);
        NoteRequest request = JsonBody.read(ctx, NoteRequest.class);
        WorkOrderNote note = workOrders.addNote(id, request.body(), request.isInternal(), actor);
        ctx.status(HttpStatus.CREATED).json(NoteResponse.of(note, time));
    }
}
