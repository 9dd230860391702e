package com.fieldwork.console.workorder.records;

import com.fieldwork.console.inventory.Quantities;
import com.fieldwork.core.fieldjob.PartUsedOnJob;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A part the job used and has not given back in full: how much may still come back, and the van or warehouse
 * it was first taken from (where it most likely goes back to).
 */
public record ReturnablePart(long partId, String sku, String name, String unit, BigDecimal remaining,
                             String takenFromCode) {

    /** The job's parts with something left to return, in the order first used. */
    static List<ReturnablePart> of(List<PartUsedOnJob> used) {
        Map<Long, ReturnablePart> byPart = new LinkedHashMap<>();
        for (PartUsedOnJob movement : used) {
            byPart.merge(movement.partId(), new ReturnablePart(movement.partId(), movement.sku(), movement.partName(),
                    movement.unit(), movement.signedQuantity(), movement.locationCode()),
                    (first, next) -> new ReturnablePart(first.partId(), first.sku(), first.name(), first.unit(),
                            first.remaining().add(next.remaining()), first.takenFromCode()));
        }
        return byPart.values().stream().filter(p -> p.remaining().signum() > 0).toList();
    }

    @Override
    public String toString() {
        return sku + " " + name + " · up to " + Quantities.plain(remaining) + " " + unit;
    }
}
