package com.fieldwork.api.records;

import com.fieldwork.api.JsonBody;
import com.fieldwork.api.auth.CurrentActor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.field.ChecklistAnswers;
import com.fieldwork.core.field.LaborEntries;
import com.fieldwork.core.field.LaborEntry;
import com.fieldwork.core.field.NewLaborEntry;
import io.javalin.http.Context;

import java.util.Objects;
import java.util.Optional;

/** Checklist answers and labor on one of the technician's own jobs. */
final class JobRecordsController {

    private final ChecklistAnswers checklist;
    private final LaborEntries labor;
    private final OwnJobs ownJobs;

    JobRecordsController(ChecklistAnswers checklist, LaborEntries labor, OwnJobs ownJobs) {
        this.checklist = Objects.requireNonNull(checklist, "checklist");
        this.labor = Objects.requireNonNull(labor, "labor");
        this.ownJobs = Objects.requireNonNull(ownJobs, "ownJobs");
    }

    /** An item that is not on this job's checklist is a 404 (the repository's NotFoundException). */
    void answer(Context ctx) {
        long workOrderId = RecordParams.pathLong(ctx, "workOrderId");
        long itemId = RecordParams.pathLong(ctx, "itemId");
        Actor actor = CurrentActor.of(ctx);
        ownJobs.require(actor, workOrderId);
        ChecklistAnswerRequest request = JsonBody.read(ctx, ChecklistAnswerRequest.class);
        ctx.json(ChecklistAnswerResponse.of(checklist.answer(workOrderId, itemId, request.toAnswer(), actor)));
    }

    void recordLabor(Context ctx) {
        long workOrderId = RecordParams.pathLong(ctx, "workOrderId");
        Actor actor = CurrentActor.of(ctx);
        ownJobs.require(actor, workOrderId);
        NewLaborEntry entry = JsonBody.read(ctx, LaborRequest.class).toEntry(workOrderId);
        // The port returns the stored entry on a replay without saying so; looking first tells 201 from 200.
        // A race between two identical sends only costs the second one a 201 instead of a 200.
        boolean known = labor.forWorkOrder(workOrderId).stream()
                .anyMatch(existing -> existing.clientId().equals(Optional.of(entry.clientId())));
        LaborEntry saved = labor.record(entry, actor);
        ctx.status(known ? 200 : 201).json(LaborResponse.of(saved));
    }
}
