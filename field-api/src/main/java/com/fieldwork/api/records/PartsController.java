package com.fieldwork.api.records;

import com.fieldwork.api.JsonBody;
import com.fieldwork.api.auth.CurrentActor;
import com.fieldwork.core.catalog.PartRepository;
import com.fieldwork.core.inventory.JobPartsUse;
import com.fieldwork.core.inventory.StockLedger;
import com.fieldwork.core.inventory.StockLocationRepository;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Parts used on a job, consumed from the technician's van through the stock ledger (which locks the level,
 * audits the movement and writes the change feed in one transaction). Not enough stock is the ledger's
 * {@code InsufficientStockException}: a 409 with the figures. Idempotent on {@code clientId}: a resend gets
 * the first movement back (200 instead of 201) and uses nothing more; without one, each request is a new use.
 * Returns of unused parts go back into the same van the same way, at most what the job used.
 */
final class PartsController {

    private final JobPartsUse partsUse;
    private final OwnJobs ownJobs;

    PartsController(StockLedger ledger, StockLocationRepository locations, PartRepository parts, OwnJobs ownJobs) {
        this.partsUse = new JobPartsUse(ledger, locations, parts);
        this.ownJobs = Objects.requireNonNull(ownJobs, "ownJobs");
    }

    void use(Context ctx) {
        long workOrderId = ownJob(ctx);
        PartsUsedRequest request = JsonBody.read(ctx, PartsUsedRequest.class);
        JobPartsUse.PartsUsed used = partsUse.use(CurrentActor.of(ctx), workOrderId, request.toUse());
        answer(ctx, used, PartsUsedResponse.of(used));
    }

    /** Unused parts back into the van: at most what the job used (a 409 says how many), idempotent as a use is. */
    void returnUnused(Context ctx) {
        long workOrderId = ownJob(ctx);
        PartsReturnRequest request = JsonBody.read(ctx, PartsReturnRequest.class);
        JobPartsUse.PartsUsed returned = partsUse.returnUnused(CurrentActor.of(ctx), workOrderId, request.toReturn());
        answer(ctx, returned, PartsReturnedResponse.of(returned));
    }

    /** The path's work order, when it is the signed-in technician's; before the body is read, as for a use. */
    private long ownJob(Context ctx) {
        long workOrderId = RecordParams.pathLong(ctx, "workOrderId");
        ownJobs.require(CurrentActor.of(ctx), workOrderId);
        return workOrderId;
    }

    private static void answer(Context ctx, JobPartsUse.PartsUsed moved, Object body) {
        ctx.status(moved.replayed() ? 200 : 201).json(body);
    }
}
