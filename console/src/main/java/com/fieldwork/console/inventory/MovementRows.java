package com.fieldwork.console.inventory;

import com.fieldwork.core.inventory.InventoryReads.MovementLine;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.inventory.StockMovement;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** Ledger rows as seen from one location: the sign says in or out, the counterpart where from or where to. */
final class MovementRows {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    MovementRows(ZoneId zone) {
        this.zone = zone;
    }

    MovementRow row(MovementLine line, long locationId, Map<Long, StockLocation> locations) {
        StockMovement m = line.movement();
        boolean in = m.toLocationId().isPresent() && m.toLocationId().getAsLong() == locationId;
        String quantity = (in ? "+" : "−") + Quantities.plain(m.quantity());
        OptionalLong other = in ? m.fromLocationId() : m.toLocationId();
        String counterpart;
        if (other.isPresent()) {
            StockLocation at = locations.get(other.getAsLong());
            counterpart = (in ? "from " : "to ") + (at == null ? "location #" + other.getAsLong() : at.name());
        } else if (line.workOrderNumber().isPresent()) {
            counterpart = (in ? "back from " : "used on ") + line.workOrderNumber().get();
        } else {
            counterpart = switch (m.kind()) {
                case RECEIVE -> "from supplier";
                case ADJUST -> "count";
                default -> "";
            };
        }
        String kind = m.kind().name().charAt(0) + m.kind().name().substring(1).toLowerCase(Locale.ROOT);
        return new MovementRow(WHEN.format(m.occurredAt().atZone(zone)), kind, line.partLabel(), quantity,
                counterpart, line.actorName(), m.reason().orElse(""));
    }
}
