package com.fieldwork.api.records;

import com.fieldwork.core.inventory.JobPartsUse;
import com.fieldwork.core.inventory.StockMovement;

import java.math.BigDecimal;
import java.time.Instant;

/** The RETURN movement into the van, and what the van holds after it, so the phone's van list stays right. */
public record PartsReturnedResponse(ReturnMovement movement, PartsUsedResponse.VanLevel van) {

    public record ReturnMovement(long id, String kind, long partId, String sku, BigDecimal quantity, long toLocationId,
                           long workOrderId, Instant occurredAt) {
    }

    static PartsReturnedResponse of(JobPartsUse.PartsUsed returned) {
        StockMovement m = returned.movement();
        return new PartsReturnedResponse(new ReturnMovement(m.id(), m.kind().name(), m.partId(), returned.sku(),
                m.quantity(), returned.van().id(), m.workOrderId().orElse(0), m.occurredAt()),
                PartsUsedResponse.VanLevel.of(returned));
    }
}
