package com.fieldwork.core.field;

import com.fieldwork.core.common.Actor;

import java.util.List;

/** Labor recorded by technicians on jobs. Every write is audited and on the change feed. */
public interface LaborEntries {

    /**
     * Records the acting technician's labor, once per client id.
     *
     * @return the new entry, or the existing one when this client id was recorded with the same times
     * @throws com.fieldwork.core.common.ValidationException when the actor is no technician, the end is in the
     *         future (beyond {@link FieldClockRule#TOLERANCE}) or the visit is not one of the work order's
     * @throws com.fieldwork.core.common.ConflictException when it overlaps the technician's other labor, or the
     *         client id was used for different times
     */
    LaborEntry record(NewLaborEntry entry, Actor actor);

    /** In start order. */
    List<LaborEntry> forWorkOrder(long workOrderId);
}
