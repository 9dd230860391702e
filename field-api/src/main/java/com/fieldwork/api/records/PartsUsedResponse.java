package com.fieldwork.api.records;

import com.fieldwork.core.inventory.JobPartsUse;
import com.fieldwork.core.inventory.StockLevel;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.inventory.StockMovement;

import java.math.BigDecimal;
import java.time.Instant;

/** The ledger movement the use made, and what is left in the van, so the phone's van list stays right. */
public record PartsUsedResponse(Movement movement, VanLevel van) {

    public record Movement(long id, String kind, long partId, String sku, BigDecimal quantity, long fromLocationId,
                           long workOrderId, Instant occurredAt) {
    }

    public record VanLevel(long locationId, String name, BigDecimal onHand, BigDecimal reserved, BigDecimal available) {

        /** The van after a use or a return. */
        static VanLevel of(JobPartsUse.PartsUsed moved) {
            StockLocation van = moved.van();
            StockLevel level = moved.vanLevel();
            return new VanLevel(van.id(), van.name(), level.onHand(), level.reserved(), level.available());
        }
    }

    static PartsUsedResponse of(JobPartsUse.PartsUsed used) {
        StockMovement m = used.movement();
        return new PartsUsedResponse(new Movement(m.id(), m.kind().name(), m.partId(), used.sku(), m.quantity(),
                used.van().id(), m.workOrderId().orElse(0), m.occurredAt()), VanLevel.of(used));
    }
}
