package com.fieldwork.db.inventory;

import com.fieldwork.db.support.OpenWorkOrders;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.inventory.InsufficientStockException;
import com.fieldwork.core.inventory.ReturnExceedsUseException;
import com.fieldwork.core.inventory.StockLedger;
import com.fieldwork.core.inventory.StockLevel;
import com.fieldwork.core.inventory.StockLocationKind;
import com.fieldwork.core.inventory.StockMovement;
import com.fieldwork.core.inventory.StockMovementKind;
import com.fieldwork.core.inventory.StockQuantity;
import com.fieldwork.core.inventory.StockReservation;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.StockLocationRecord;
import com.fieldwork.db.jooq.tables.records.StockMovementRecord;
import com.fieldwork.db.support.IntegrityViolations;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.STOCK_LEVEL;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;

/**
 * The stock ledger in SQL. Each use case is one transaction that locks the stock_level rows it
 * changes (SELECT ... FOR UPDATE) before checking what is available, then writes the movement, the
 * new level, the audit log and the change feed; a concurrent caller waits for the lock and sees the
 * result, so stock never goes below zero however many technicians take the last part at once.
 */
public final class JooqStockLedger implements StockLedger {

    static final String MOVEMENT = "stock_movement";
    static final String LEVEL = "stock_level";

    private final DSLContext dsl;
    private final Clock clock;
    private final StockReservations reservations;

    public JooqStockLedger(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reservations = new StockReservations(dsl, clock);
    }

    @Override
    public StockMovement receive(long locationId, long partId, BigDecimal quantity, Optional<String> note, Actor actor) {
        BigDecimal qty = StockQuantity.positive(quantity);
        Optional<String> reason = Text.optional("note", note, 500);
        requireStoredUser(actor);
        return write(tx -> {
            StockRows.location(tx, locationId);
            StockRows.partSku(tx, partId);
            StockRows.lock(tx, partId, locationId);
            StockRows.add(tx, locationId, partId, qty);
            return movement(tx, StockMovementKind.RECEIVE, partId, null, locationId, qty, null, reason.orElse(null), null, actor);
        });
    }

    @Override
    public StockMovement transfer(long fromLocationId, long toLocationId, long partId, BigDecimal quantity, Actor actor) {
        BigDecimal qty = StockQuantity.positive(quantity);
        if (fromLocationId == toLocationId) {
            throw new ValidationException("toLocationId", "A transfer needs two different locations");
        }
        requireStoredUser(actor);
        return write(tx -> {
            StockLocationRecord from = StockRows.location(tx, fromLocationId);
            StockRows.location(tx, toLocationId);
            String sku = StockRows.partSku(tx, partId);
            Map<Long, BigDecimal> onHand = StockRows.lock(tx, partId, fromLocationId, toLocationId);
            requireAvailable(from, sku, onHand.get(fromLocationId), StockRows.reserved(tx, fromLocationId, partId, null), qty);
            StockRows.add(tx, fromLocationId, partId, qty.negate());
            StockRows.add(tx, toLocationId, partId, qty);
            return movement(tx, StockMovementKind.TRANSFER, partId, fromLocationId, toLocationId, qty, null, null, null, actor);
        });
    }

    @Override
    public StockMovement consume(long locationId, long partId, BigDecimal quantity, long workOrderId, Actor actor) {
        return consume(null, locationId, partId, quantity, workOrderId, actor);
    }

    @Override
    public StockMovement consumeOnce(UUID clientId, long locationId, long partId, BigDecimal quantity,
                                     long workOrderId, Actor actor) {
        return consume(Objects.requireNonNull(clientId, "clientId"), locationId, partId, quantity, workOrderId, actor);
    }

    @Override
    public Optional<StockMovement> movementByClientId(UUID clientId) {
        return byClientId(dsl, clientId).map(StockMapper::toMovement);
    }

    private StockMovement consume(UUID clientId, long locationId, long partId, BigDecimal quantity, long workOrderId,
                                  Actor actor) {
        // at the column's scale (at most 3 decimals, checked): the first answer reads as a resend's will
        BigDecimal qty = StockQuantity.positive(quantity).setScale(3);
        requireStoredUser(actor);
        return write(tx -> {
            // the work order first: the order in which every writer takes its locks, and "closed" before details
            OpenWorkOrders.lock(tx, workOrderId, "booking parts to it");
            StockLocationRecord location = StockRows.location(tx, locationId);
            String sku = StockRows.partSku(tx, partId);
            BigDecimal onHand = StockRows.lock(tx, partId, locationId).get(locationId);
            // after the lock: a resend racing the first use waits for it here and then finds its movement
            Optional<StockMovementRecord> earlier = clientId == null ? Optional.empty() : byClientId(tx, clientId);
            if (earlier.isPresent()) {
                return sameUse(earlier.get(), clientId, locationId, partId, qty, workOrderId);
            }
            // The job's own reservations are stock set aside for it: only the others' count against it.
            BigDecimal own = StockRows.reserved(tx, locationId, partId, workOrderId);
            BigDecimal others = StockRows.reserved(tx, locationId, partId, null).subtract(own);
            requireAvailable(location, sku, onHand, others, qty);
            StockRows.add(tx, locationId, partId, qty.negate());
            reservations.consume(tx, workOrderId, locationId, partId, qty, actor, clock.instant());
            return movement(tx, StockMovementKind.CONSUME, partId, locationId, null, qty, workOrderId, null, clientId, actor);
        });
    }

    private static Optional<StockMovementRecord> byClientId(DSLContext ctx, UUID clientId) {
        return ctx.selectFrom(STOCK_MOVEMENT).where(STOCK_MOVEMENT.CLIENT_ID.eq(clientId)).fetchOptional();
    }

    private static StockMovement sameUse(StockMovementRecord earlier, UUID clientId, long locationId, long partId,
                                         BigDecimal qty, long workOrderId) {
        return sameMovement(earlier, clientId, StockMovementKind.CONSUME, locationId, null, partId, qty, workOrderId);
    }

    /** A resend under {@code clientId} must be the movement first made under it, else the key was reused. */
    private static StockMovement sameMovement(StockMovementRecord earlier, UUID clientId, StockMovementKind kind,
                                              Long from, Long to, long partId, BigDecimal qty, long workOrderId) {
        boolean same = kind.name().equals(earlier.getKind()) && earlier.getPartId() == partId
                && Objects.equals(earlier.getFromLocationId(), from)
                && Objects.equals(earlier.getToLocationId(), to)
                && Objects.equals(earlier.getWorkOrderId(), workOrderId)
                && earlier.getQuantity().compareTo(qty) == 0;
        if (!same) {
            throw new ConflictException("Client id " + clientId + " was already used for a different stock movement");
        }
        return StockMapper.toMovement(earlier);
    }

    @Override
    public StockMovement returnFromJob(long workOrderId, long toLocationId, long partId, BigDecimal quantity,
                                       Optional<String> note, Actor actor) {
        return returnFromJob(null, workOrderId, toLocationId, partId, quantity, note, actor);
    }

    @Override
    public StockMovement returnFromJobOnce(UUID clientId, long workOrderId, long toLocationId, long partId,
                                           BigDecimal quantity, Optional<String> note, Actor actor) {
        return returnFromJob(Objects.requireNonNull(clientId, "clientId"), workOrderId, toLocationId, partId, quantity,
                note, actor);
    }

    private StockMovement returnFromJob(UUID clientId, long workOrderId, long toLocationId, long partId,
                                        BigDecimal quantity, Optional<String> note, Actor actor) {
        // at the column's scale, as for a use: the first answer reads as a resend's will
        BigDecimal qty = StockQuantity.positive(quantity).setScale(3);
        Optional<String> reason = Text.optional("note", note, 500);
        requireStoredUser(actor);
        return write(tx -> {
            // the work order first, as every writer locks: it refuses a closed job and serialises returns of one
            // job, whichever location they go to, so a resend racing the first return finds its movement below
            OpenWorkOrders.lock(tx, workOrderId, "returning parts from it");
            StockRows.location(tx, toLocationId);
            String sku = StockRows.partSku(tx, partId);
            Optional<StockMovementRecord> earlier = clientId == null ? Optional.empty() : byClientId(tx, clientId);
            if (earlier.isPresent()) {
                return sameMovement(earlier.get(), clientId, StockMovementKind.RETURN, null, toLocationId, partId, qty,
                        workOrderId);
            }
            BigDecimal returnable = StockRows.usedOnJob(tx, workOrderId, partId);
            if (qty.compareTo(returnable) > 0) {
                throw new ReturnExceedsUseException(sku, returnable, qty);
            }
            StockRows.lock(tx, partId, toLocationId);
            StockRows.add(tx, toLocationId, partId, qty);
            return movement(tx, StockMovementKind.RETURN, partId, null, toLocationId, qty, workOrderId,
                    reason.orElse(null), clientId, actor);
        });
    }

    @Override
    public StockMovement returnToWarehouse(long vanId, long warehouseId, long partId, BigDecimal quantity,
                                           Optional<String> note, Actor actor) {
        BigDecimal qty = StockQuantity.positive(quantity);
        Optional<String> reason = Text.optional("note", note, 500);
        requireStoredUser(actor);
        return write(tx -> {
            StockLocationRecord van = StockRows.location(tx, vanId);
            StockLocationRecord warehouse = StockRows.location(tx, warehouseId);
            if (!StockLocationKind.VAN.name().equals(van.getKind())) {
                throw new ValidationException("fromLocationId", van.getName() + " is not a van: a return goes from a"
                        + " van to a warehouse; move stock between warehouses with a transfer");
            }
            if (!StockLocationKind.WAREHOUSE.name().equals(warehouse.getKind())) {
                throw new ValidationException("toLocationId", warehouse.getName() + " is not a warehouse: a return"
                        + " goes from a van to a warehouse; load another van with a transfer");
            }
            String sku = StockRows.partSku(tx, partId);
            Map<Long, BigDecimal> onHand = StockRows.lock(tx, partId, vanId, warehouseId);
            requireAvailable(van, sku, onHand.get(vanId), StockRows.reserved(tx, vanId, partId, null), qty);
            StockRows.add(tx, vanId, partId, qty.negate());
            StockRows.add(tx, warehouseId, partId, qty);
            return movement(tx, StockMovementKind.RETURN, partId, vanId, warehouseId, qty, null, reason.orElse(null),
                    null, actor);
        });
    }


    @Override
    public StockMovement adjust(long locationId, long partId, BigDecimal signedDelta, String reason, Actor actor) {
        BigDecimal delta = StockQuantity.nonZero("quantity", signedDelta);
        String why = Text.required("reason", reason, 500);
        requireStoredUser(actor);
        return write(tx -> {
            StockLocationRecord location = StockRows.location(tx, locationId);
            String sku = StockRows.partSku(tx, partId);
            BigDecimal onHand = StockRows.lock(tx, partId, locationId).get(locationId);
            if (delta.signum() < 0) {
                // A count is the truth even when it leaves less than is reserved; only below zero is impossible.
                requireAvailable(location, sku, onHand, BigDecimal.ZERO, delta.negate());
            }
            StockRows.add(tx, locationId, partId, delta);
            Long from = delta.signum() < 0 ? locationId : null;
            Long to = delta.signum() > 0 ? locationId : null;
            return movement(tx, StockMovementKind.ADJUST, partId, from, to, delta.abs(), null, why, null, actor);
        });
    }

    @Override
    public StockReservation reserve(long workOrderId, long locationId, long partId, BigDecimal quantity, Actor actor) {
        BigDecimal qty = StockQuantity.positive(quantity);
        requireStoredUser(actor);
        return write(tx -> {
            // the work order first: the order in which every writer takes its locks, and "closed" before details
            OpenWorkOrders.lock(tx, workOrderId, "booking parts to it");
            StockLocationRecord location = StockRows.location(tx, locationId);
            String sku = StockRows.partSku(tx, partId);
            BigDecimal onHand = StockRows.lock(tx, partId, locationId).get(locationId);
            requireAvailable(location, sku, onHand, StockRows.reserved(tx, locationId, partId, null), qty);
            return reservations.create(tx, workOrderId, locationId, partId, qty, actor);
        });
    }

    @Override
    public StockReservation releaseReservation(long reservationId, Actor actor) {
        requireStoredUser(actor);
        return write(tx -> reservations.release(tx, reservationId, actor));
    }

    @Override
    public List<StockReservation> reservationsFor(long workOrderId) {
        return reservations.forWorkOrder(workOrderId);
    }

    @Override
    public StockLevel level(long locationId, long partId) {
        return dsl.select(STOCK_LEVEL.ON_HAND, StockRows.reservedOfLevel()).from(STOCK_LEVEL)
                .where(STOCK_LEVEL.LOCATION_ID.eq(locationId).and(STOCK_LEVEL.PART_ID.eq(partId)))
                .fetchOptional(r -> new StockLevel(locationId, partId, r.value1(), r.value2()))
                .orElse(StockLevel.empty(locationId, partId));
    }

    @Override
    public List<StockLevel> levelsAt(long locationId) {
        return dsl.select(STOCK_LEVEL.PART_ID, STOCK_LEVEL.ON_HAND, StockRows.reservedOfLevel()).from(STOCK_LEVEL)
                .where(STOCK_LEVEL.LOCATION_ID.eq(locationId))
                .orderBy(STOCK_LEVEL.PART_ID)
                .fetch(r -> new StockLevel(locationId, r.value1(), r.value2(), r.value3()));
    }

    @Override
    public List<StockMovement> movementsOfPart(long partId, int limit) {
        return dsl.selectFrom(STOCK_MOVEMENT).where(STOCK_MOVEMENT.PART_ID.eq(partId))
                .orderBy(STOCK_MOVEMENT.OCCURRED_AT.desc(), STOCK_MOVEMENT.ID.desc())
                .limit(requireLimit(limit))
                .fetch(StockMapper::toMovement);
    }

    @Override
    public List<StockMovement> movementsAt(long locationId, int limit) {
        return dsl.selectFrom(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.FROM_LOCATION_ID.eq(locationId).or(STOCK_MOVEMENT.TO_LOCATION_ID.eq(locationId)))
                .orderBy(STOCK_MOVEMENT.OCCURRED_AT.desc(), STOCK_MOVEMENT.ID.desc())
                .limit(requireLimit(limit))
                .fetch(StockMapper::toMovement);
    }

    private <T> T write(java.util.function.Function<DSLContext, T> work) {
        return IntegrityViolations.translate("Stock movement", () -> dsl.transactionResult(cfg -> work.apply(cfg.dsl())));
    }

    private StockMovement movement(DSLContext tx, StockMovementKind kind, long partId, Long from, Long to,
                                   BigDecimal qty, Long workOrderId, String reason, UUID clientId, Actor actor) {
        Instant now = clock.instant();
        StockMovementRecord row = tx.newRecord(STOCK_MOVEMENT)
                .setKind(kind.name()).setPartId(partId)
                .setFromLocationId(from).setToLocationId(to)
                .setQuantity(qty).setWorkOrderId(workOrderId).setReason(reason).setClientId(clientId)
                .setActorId(actor.userId()).setOccurredAt(now);
        row.store();
        AuditTrail.record(tx, actor, now, MOVEMENT, row.getId(), ChangeOperation.INSERT,
                kind.name().toLowerCase(java.util.Locale.ROOT), null, row, reason);
        for (Long location : new Long[] {from, to}) {
            if (location != null) {
                AuditTrail.feedOnly(tx, actor, now, LEVEL, StockRows.levelId(location, partId), ChangeOperation.UPDATE);
            }
        }
        return StockMapper.toMovement(row);
    }

    private static void requireAvailable(StockLocationRecord location, String sku, BigDecimal onHand,
                                         BigDecimal reserved, BigDecimal requested) {
        if (!location.getAllowNegative() && onHand.subtract(reserved).compareTo(requested) < 0) {
            throw new InsufficientStockException(sku, location.getName(), onHand, reserved, requested);
        }
    }

    /** stock_movement.actor_id is a required reference to app_user, which has no row for the system. */
    static void requireStoredUser(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (actor.isSystem()) {
            throw new ValidationException("actor", "Stock is moved by a person: the ledger records who, and the"
                    + " system user has no account to record");
        }
    }

    private static int requireLimit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new ValidationException("limit", "A limit is from 1 to 1000, got " + limit);
        }
        return limit;
    }
}
