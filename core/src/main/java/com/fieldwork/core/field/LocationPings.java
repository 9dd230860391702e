package com.fieldwork.core.field;

import com.fieldwork.core.common.Actor;

import java.time.Instant;
import java.util.List;

/** Technicians' positions. Not audited (a ping is not a decision anyone is accountable for), but on the change feed. */
public interface LocationPings {

    /**
     * Stores the acting technician's pings, all or none. Pings already stored (same technician and time,
     * a resent batch) are skipped.
     *
     * @return how many pings were new
     * @throws com.fieldwork.core.common.ValidationException naming the index of the first bad ping, or when
     *         the actor is no technician
     */
    int record(List<LocationPing> pings, Actor actor);

    /** Each technician's latest ping recorded at or after {@code since}, by technician id. */
    List<TechnicianPosition> latestPerTechnician(Instant since);
}
