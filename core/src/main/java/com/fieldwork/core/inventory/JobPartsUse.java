package com.fieldwork.core.inventory;

import com.fieldwork.core.catalog.Part;
import com.fieldwork.core.catalog.PartRepository;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.field.ActingTechnician;

import java.util.Objects;
import java.util.Optional;

/**
 * Parts used on a job, taken from the acting technician's van through the stock ledger, once per client id:
 * the live route and a replayed offline event share this, so both mean the same and neither uses a part twice.
 * Whether the job is the technician's is the caller's check (the route's and the sync event's visibility rule).
 */
public final class JobPartsUse {

    private final StockLedger ledger;
    private final StockLocationRepository locations;
    private final PartRepository parts;

    public JobPartsUse(StockLedger ledger, StockLocationRepository locations, PartRepository parts) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.locations = Objects.requireNonNull(locations, "locations");
        this.parts = Objects.requireNonNull(parts, "parts");
    }

    /**
     * @throws InsufficientStockException with the van's figures when it holds too few
     * @throws NoVanException             when the technician has no van
     * @throws NotFoundException          for an unknown part
     */
    public PartsUsed use(Actor actor, long workOrderId, PartUse use) {
        StockLocation van = vanOf(actor);
        Part part = use.partId().isPresent()
                ? part(use.partId().getAsLong())
                : parts.findBySku(use.sku().orElseThrow()).orElseThrow(() -> new NotFoundException("part", use.sku().get()));
        boolean replayed = ledger.movementByClientId(use.clientId()).isPresent();
        StockMovement movement = ledger.consumeOnce(use.clientId(), van.id(), part.id(), use.quantity(), workOrderId, actor);
        return new PartsUsed(movement, part.details().sku(), van, ledger.level(van.id(), part.id()), replayed);
    }

    /**
     * Unused parts back from the job into the acting technician's van, once per client id: at most what the job
     * used of the part and has not yet returned.
     *
     * @throws ReturnExceedsUseException saying how many can come back
     * @throws NoVanException            when the technician has no van
     * @throws NotFoundException         for an unknown part
     */
    public PartsUsed returnUnused(Actor actor, long workOrderId, PartReturn back) {
        StockLocation van = vanOf(actor);
        Part part = part(back.partId());
        boolean replayed = ledger.movementByClientId(back.clientId()).isPresent();
        StockMovement movement = ledger.returnFromJobOnce(back.clientId(), workOrderId, van.id(), part.id(),
                back.quantity(), Optional.empty(), actor);
        return new PartsUsed(movement, part.details().sku(), van, ledger.level(van.id(), part.id()), replayed);
    }

    private StockLocation vanOf(Actor actor) {
        return locations.vanOf(ActingTechnician.idOf(actor)).orElseThrow(() -> new NoVanException(actor.username()));
    }

    private Part part(long partId) {
        return parts.find(partId).orElseThrow(() -> new NotFoundException("part", partId));
    }

    /**
     * A use or a return, and the van after it.
     *
     * @param replayed the client id was already used: {@code movement} is the first one's, nothing moved now
     */
    public record PartsUsed(StockMovement movement, String sku, StockLocation van, StockLevel vanLevel,
                            boolean replayed) {
    }
}
