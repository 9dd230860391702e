package com.fieldwork.db.inventory;

import com.fieldwork.core.inventory.ReservationStatus;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.inventory.StockLocationKind;
import com.fieldwork.core.inventory.StockMovement;
import com.fieldwork.core.inventory.StockMovementKind;
import com.fieldwork.core.inventory.StockReservation;
import com.fieldwork.db.jooq.tables.records.StockLocationRecord;
import com.fieldwork.db.jooq.tables.records.StockMovementRecord;
import com.fieldwork.db.jooq.tables.records.StockReservationRecord;

import java.util.Optional;

import static com.fieldwork.db.support.Optionals.ofLong;

/** Stock rows to core records; jOOQ records never leave the package. */
final class StockMapper {

    private StockMapper() {
    }

    static StockLocation toLocation(StockLocationRecord r) {
        return new StockLocation(r.getId(), r.getCode(), r.getName(), StockLocationKind.valueOf(r.getKind()),
                r.getBranchId(), ofLong(r.getTechnicianId()), r.getAllowNegative());
    }

    static StockMovement toMovement(StockMovementRecord r) {
        return new StockMovement(r.getId(), StockMovementKind.valueOf(r.getKind()), r.getPartId(),
                ofLong(r.getFromLocationId()), ofLong(r.getToLocationId()), r.getQuantity(), ofLong(r.getWorkOrderId()),
                Optional.ofNullable(r.getReason()), r.getActorId(), r.getOccurredAt());
    }

    static StockReservation toReservation(StockReservationRecord r) {
        return new StockReservation(r.getId(), r.getWorkOrderId(), r.getPartId(), r.getLocationId(), r.getQuantity(),
                ReservationStatus.valueOf(r.getStatus()), r.getCreatedBy(), r.getCreatedAt());
    }
}
