package com.fieldwork.api.records;

import com.fieldwork.api.JsonBody;
import com.fieldwork.api.auth.CurrentActor;
import com.fieldwork.core.catalog.Part;
import com.fieldwork.core.catalog.PartRepository;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.field.ActingTechnician;
import com.fieldwork.core.inventory.StockLedger;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.inventory.StockLocationRepository;
import com.fieldwork.core.inventory.StockMovement;
import io.javalin.http.Context;

import java.util.Objects;

/**
 * Parts used on a job, consumed from the technician's van through the stock ledger (which locks the level,
 * audits the movement and writes the change feed in one transaction). Not enough stock is the ledger's
 * {@code InsufficientStockException}: a 409 with the figures. Open: {@code consume} has no idempotency key,
 * so a resent request uses the parts twice; the sync protocol's receipt (sync_receipt) is to wrap it.
 */
final class PartsController {

    private final StockLedger ledger;
    private final StockLocationRepository locations;
    private final PartRepository parts;
    private final OwnJobs ownJobs;

    PartsController(StockLedger ledger, StockLocationRepository locations, PartRepository parts, OwnJobs ownJobs) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.locations = Objects.requireNonNull(locations, "locations");
        this.parts = Objects.requireNonNull(parts, "parts");
        this.ownJobs = Objects.requireNonNull(ownJobs, "ownJobs");
    }

    void use(Context ctx) {
        long workOrderId = RecordParams.pathLong(ctx, "workOrderId");
        Actor actor = CurrentActor.of(ctx);
        ownJobs.require(actor, workOrderId);
        PartsUsedRequest request = JsonBody.read(ctx, PartsUsedRequest.class);
        request.check();
        StockLocation van = locations.vanOf(ActingTechnician.idOf(actor))
                .orElseThrow(() -> new NoVanException(actor.username()));
        Part part = request.partId() != null
                ? parts.find(request.partId()).orElseThrow(() -> new NotFoundException("part", request.partId()))
                : parts.findBySku(request.sku().strip()).orElseThrow(() -> new NotFoundException("part", request.sku()));
        StockMovement movement = ledger.consume(van.id(), part.id(), request.quantity(), workOrderId, actor);
        ctx.status(201).json(PartsUsedResponse.of(movement, part.details().sku(), van, ledger.level(van.id(), part.id())));
    }
}
