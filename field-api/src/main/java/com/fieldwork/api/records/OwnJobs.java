package com.fieldwork.api.records;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.schedule.VisitRepository;

import java.util.Objects;

/**
 * "Is this my job": a technician may touch only work orders with a live visit assigned to them, asked
 * of the database ({@link VisitRepository#isAssigned}) rather than filtered afterwards. Another
 * technician's job answers exactly like a job that does not exist, so ids cannot be probed.
 * Office users who hold FIELD_WORK (managers going out themselves) are not narrowed here.
 */
final class OwnJobs {

    private final VisitRepository visits;

    OwnJobs(VisitRepository visits) {
        this.visits = Objects.requireNonNull(visits, "visits");
    }

    /** @throws NotFoundException ("work order") when the actor is a technician not assigned to it */
    void require(Actor actor, long workOrderId) {
        requireOr(actor, workOrderId, "work order", workOrderId);
    }

    /** The same check, reported as the thing asked for (an attachment) so the 404 reads the same either way. */
    void requireOr(Actor actor, long workOrderId, String entity, Object id) {
        if (actor.technicianId().isPresent() && !visits.isAssigned(workOrderId, actor.technicianId().getAsLong())) {
            throw new NotFoundException(entity, id);
        }
    }
}
