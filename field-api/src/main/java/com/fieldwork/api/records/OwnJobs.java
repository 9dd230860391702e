package com.fieldwork.api.records;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.workorder.WorkOrderService;

import java.util.Objects;

/**
 * "Is this my job", asked of core's one visibility rule ({@link WorkOrderService#get}): a technician may
 * touch only work orders assigned to them, and another technician's job answers exactly like a job that
 * does not exist, so ids cannot be probed.
 */
final class OwnJobs {

    private final WorkOrderService workOrders;

    OwnJobs(WorkOrderService workOrders) {
        this.workOrders = Objects.requireNonNull(workOrders, "workOrders");
    }

    /** @throws NotFoundException ("work order") when the actor may not see it */
    void require(Actor actor, long workOrderId) {
        workOrders.get(workOrderId, actor);
    }

    /** The same check, reported as the thing asked for (an attachment) so the 404 reads the same either way. */
    void requireOr(Actor actor, long workOrderId, String entity, Object id) {
        try {
            workOrders.get(workOrderId, actor);
        } catch (NotFoundException e) {
            throw new NotFoundException(entity, id);
        }
    }
}
