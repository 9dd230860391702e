package com.fieldwork.console.inventory;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.inventory.InsufficientStockException;
import com.fieldwork.core.inventory.InventoryReads;
import com.fieldwork.core.inventory.StockLedger;
import com.fieldwork.core.inventory.StockLevel;
import com.fieldwork.core.inventory.StockLine;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.inventory.StockLocationKind;
import com.fieldwork.core.inventory.StockMovement;
import com.fieldwork.core.inventory.StockMovementKind;
import com.fieldwork.core.inventory.StockReservation;
import com.fieldwork.core.security.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * An in-memory stock ledger and its reads: two warehouses and a van of one branch, two parts, the filter low
 * in the main warehouse. Refuses what the real ledger refuses (too little available, a return that is not van
 * to warehouse) with the same exceptions.
 */
final class FakeStock implements InventoryReads, StockLedger {

    static final Actor MANAGER = new Actor(1, "ops", "Olivia Ops", Role.OPERATIONS_MANAGER);
    static final Actor DISPATCHER = new Actor(2, "dispatch", "Dan Dispatch", Role.DISPATCHER);
    static final StockLocation MAIN = new StockLocation(10, "WH-DEN", "Denver warehouse", StockLocationKind.WAREHOUSE,
            1, OptionalLong.empty(), false);
    static final StockLocation EAST = new StockLocation(11, "WH-DEN-E", "Denver east store", StockLocationKind.WAREHOUSE,
            1, OptionalLong.empty(), false);
    static final StockLocation VAN = new StockLocation(12, "VAN-LB", "Leah B.'s van", StockLocationKind.VAN, 1,
            OptionalLong.of(5), false);
    static final long FILTER = 100;
    static final long CAPACITOR = 101;

    private final Map<Long, StockLocation> locations = new LinkedHashMap<>();
    private final Map<String, BigDecimal> onHand = new LinkedHashMap<>();
    private final List<StockMovement> movements = new ArrayList<>();
    int reads;

    FakeStock() {
        for (StockLocation l : List.of(MAIN, EAST, VAN)) {
            locations.put(l.id(), l);
        }
        put(MAIN, FILTER, "3");
        put(EAST, FILTER, "40");
        put(MAIN, CAPACITOR, "25");
        put(VAN, FILTER, "4");
    }

    private void put(StockLocation at, long part, String quantity) {
        onHand.put(at.id() + ":" + part, new BigDecimal(quantity));
    }

    private BigDecimal at(long location, long part) {
        return onHand.getOrDefault(location + ":" + part, BigDecimal.ZERO);
    }

    @Override
    public List<StockLocation> locations() {
        return List.copyOf(locations.values());
    }

    @Override
    public List<StockLine> stock() {
        reads++;
        List<StockLine> lines = new ArrayList<>();
        onHand.forEach((key, quantity) -> {
            String[] ids = key.split(":");
            long part = Long.parseLong(ids[1]);
            lines.add(new StockLine(locations.get(Long.parseLong(ids[0])), part, sku(part),
                    part == FILTER ? "Filter 16x25" : "Run capacitor", "EA", quantity, BigDecimal.ZERO, BigDecimal.valueOf(5)));
        });
        lines.sort(Comparator.comparing((StockLine l) -> l.location().id()).thenComparing(StockLine::sku));
        return lines;
    }

    private static String sku(long part) {
        return part == FILTER ? "FLT-200" : "CAP-45";
    }

    @Override
    public List<MovementLine> movements(long locationId, int limit) {
        return movements.stream()
                .filter(m -> m.fromLocationId().equals(OptionalLong.of(locationId))
                        || m.toLocationId().equals(OptionalLong.of(locationId)))
                .sorted(Comparator.comparing(StockMovement::id).reversed()).limit(limit)
                .map(m -> new MovementLine(m, sku(m.partId()), "Olivia Ops", Optional.empty())).toList();
    }

    private StockMovement move(StockMovementKind kind, long part, Long from, Long to, BigDecimal qty, String reason) {
        if (from != null) {
            StockLocation source = location(from);
            if (at(from, part).compareTo(qty) < 0) {
                throw new InsufficientStockException(sku(part), source.name(), at(from, part), BigDecimal.ZERO, qty);
            }
            onHand.put(from + ":" + part, at(from, part).subtract(qty));
        }
        if (to != null) {
            location(to);
            onHand.put(to + ":" + part, at(to, part).add(qty));
        }
        StockMovement m = new StockMovement(movements.size() + 1, kind, part,
                from == null ? OptionalLong.empty() : OptionalLong.of(from),
                to == null ? OptionalLong.empty() : OptionalLong.of(to), qty, OptionalLong.empty(),
                Optional.ofNullable(reason), 1, Instant.parse("2026-03-10T16:30:00Z"));
        movements.add(m);
        return m;
    }

    private StockLocation location(long id) {
        StockLocation l = locations.get(id);
        if (l == null) {
            throw new NotFoundException("stock location", id);
        }
        return l;
    }

    List<StockMovement> recorded() {
        return List.copyOf(movements);
    }

    @Override
    public StockMovement receive(long locationId, long partId, BigDecimal quantity, Optional<String> note, Actor actor) {
        return move(StockMovementKind.RECEIVE, partId, null, locationId, quantity, note.orElse(null));
    }

    @Override
    public StockMovement transfer(long from, long to, long partId, BigDecimal quantity, Actor actor) {
        if (from == to) {
            throw new ValidationException("toLocationId", "A transfer needs two different locations");
        }
        return move(StockMovementKind.TRANSFER, partId, from, to, quantity, null);
    }

    @Override
    public StockMovement returnToWarehouse(long vanId, long warehouseId, long partId, BigDecimal quantity,
                                           Optional<String> note, Actor actor) {
        if (location(vanId).kind() != StockLocationKind.VAN) {
            throw new ValidationException("fromLocationId", location(vanId).name() + " is not a van: a return goes"
                    + " from a van to a warehouse; move stock between warehouses with a transfer");
        }
        return move(StockMovementKind.RETURN, partId, vanId, warehouseId, quantity, note.orElse(null));
    }

    @Override
    public StockMovement adjust(long locationId, long partId, BigDecimal signedDelta, String reason, Actor actor) {
        return signedDelta.signum() < 0
                ? move(StockMovementKind.ADJUST, partId, locationId, null, signedDelta.negate(), reason)
                : move(StockMovementKind.ADJUST, partId, null, locationId, signedDelta, reason);
    }

    @Override
    public StockMovement returnFromJob(long workOrderId, long toLocationId, long partId, BigDecimal quantity,
                                       Optional<String> note, Actor actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StockMovement returnFromJobOnce(UUID clientId, long workOrderId, long toLocationId, long partId,
                                           BigDecimal quantity, Optional<String> note, Actor actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StockMovement consume(long locationId, long partId, BigDecimal quantity, long workOrderId, Actor actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StockMovement consumeOnce(UUID clientId, long locationId, long partId, BigDecimal quantity,
                                     long workOrderId, Actor actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<StockMovement> movementByClientId(UUID clientId) {
        return Optional.empty();
    }

    @Override
    public StockReservation reserve(long workOrderId, long locationId, long partId, BigDecimal quantity, Actor actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StockReservation releaseReservation(long reservationId, Actor actor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<StockReservation> reservationsFor(long workOrderId) {
        return List.of();
    }

    @Override
    public StockLevel level(long locationId, long partId) {
        return new StockLevel(locationId, partId, at(locationId, partId), BigDecimal.ZERO);
    }

    @Override
    public List<StockLevel> levelsAt(long locationId) {
        return List.of();
    }

    @Override
    public List<StockMovement> movementsOfPart(long partId, int limit) {
        return List.of();
    }

    @Override
    public List<StockMovement> movementsAt(long locationId, int limit) {
        return List.of();
    }
}
