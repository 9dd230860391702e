package com.fieldwork.core.inventory;

import com.fieldwork.core.common.Actor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The stock ledger: every change of stock is a movement, and the level it changes is updated in the
 * same transaction with that level's row locked, so concurrent callers never take the same last part.
 * Each movement is audited and on the change feed. Quantities are positive; the operation gives the
 * direction.
 *
 * @throws com.fieldwork.core.common.ValidationException ("quantity") for a zero or negative quantity
 * @throws InsufficientStockException                    when the source does not have enough available
 * @throws com.fieldwork.core.common.NotFoundException   for an unknown location, part or reservation
 */
public interface StockLedger {

    /** Goods in from a supplier. */
    StockMovement receive(long locationId, long partId, BigDecimal quantity, Optional<String> note, Actor actor);

    /** From one location to another, e.g. warehouse to van. */
    StockMovement transfer(long fromLocationId, long toLocationId, long partId, BigDecimal quantity, Actor actor);

    /**
     * Parts used on a job. The work order's own active reservations at the location count as
     * available to it, and are consumed (oldest first) by what is used.
     */
    StockMovement consume(long locationId, long partId, BigDecimal quantity, long workOrderId, Actor actor);

    /**
     * {@link #consume} once per client id (a phone's key for one use): a resend with the same client id
     * returns the first movement and moves nothing more, checked under the same level lock, so two resends
     * racing each other still move once.
     *
     * @throws com.fieldwork.core.common.ConflictException when the client id was used for a different use
     */
    StockMovement consumeOnce(java.util.UUID clientId, long locationId, long partId, BigDecimal quantity,
                              long workOrderId, Actor actor);

    /** The movement recorded under this client id, if any. */
    Optional<StockMovement> movementByClientId(java.util.UUID clientId);

    /**
     * Unused parts from a job back into stock (a van or a warehouse), with the work order named. At most
     * what the job used of the part and has not yet returned may come back.
     *
     * @throws ReturnExceedsUseException                                when more comes back than the job used
     * @throws com.fieldwork.core.workorder.WorkOrderClosedException when the job is closed
     */
    StockMovement returnFromJob(long workOrderId, long toLocationId, long partId, BigDecimal quantity,
                                Optional<String> note, Actor actor);

    /**
     * {@link #returnFromJob} once per client id, as {@link #consumeOnce} is for a use: a resend returns the first
     * movement and moves nothing more.
     *
     * @throws com.fieldwork.core.common.ConflictException when the client id was used for a different movement
     */
    StockMovement returnFromJobOnce(java.util.UUID clientId, long workOrderId, long toLocationId, long partId,
                                    BigDecimal quantity, Optional<String> note, Actor actor);

    /**
     * Parts a van no longer needs, back to a warehouse: a RETURN movement from the van to the warehouse,
     * refused when the van does not have them available.
     *
     * @throws com.fieldwork.core.common.ValidationException when the source is not a van or the destination
     *                                                       not a warehouse
     */
    StockMovement returnToWarehouse(long vanId, long warehouseId, long partId, BigDecimal quantity,
                                    Optional<String> note, Actor actor);

    /**
     * A count correction: {@code signedDelta} is counted minus recorded. A reason is required. It may
     * leave less than is reserved (the count is the truth), never less than zero.
     */
    StockMovement adjust(long locationId, long partId, BigDecimal signedDelta, String reason, Actor actor);

    /** Holds available stock for a work order. */
    StockReservation reserve(long workOrderId, long locationId, long partId, BigDecimal quantity, Actor actor);

    /** Gives a reservation's stock back; releasing one that is no longer active is refused. */
    StockReservation releaseReservation(long reservationId, Actor actor);

    List<StockReservation> reservationsFor(long workOrderId);

    /** The level, zero when the location never held the part. */
    StockLevel level(long locationId, long partId);

    /** Every part the location has held, by part id. */
    List<StockLevel> levelsAt(long locationId);

    /** Newest first. */
    List<StockMovement> movementsOfPart(long partId, int limit);

    /** Movements into or out of the location, newest first. */
    List<StockMovement> movementsAt(long locationId, int limit);
}
