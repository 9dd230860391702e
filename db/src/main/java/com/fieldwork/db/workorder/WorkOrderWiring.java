package com.fieldwork.db.workorder;

import com.fieldwork.core.workorder.WorkOrderService;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.db.sla.JooqSlaPolicies;
import org.jooq.DSLContext;

import java.time.Clock;

/**
 * The work-order use cases over one jOOQ context, with the repositories they sit on: the plain pool for the API,
 * or a transaction's context so that a drop, a plan, an intake request or a sync event commits as a whole.
 */
public record WorkOrderWiring(JooqWorkOrderRepository workOrders, JooqVisitRepository visits, WorkOrderService service) {

    public static WorkOrderWiring over(DSLContext dsl, Clock clock) {
        var workOrders = new JooqWorkOrderRepository(dsl, clock);
        var visits = new JooqVisitRepository(dsl, clock);
        return new WorkOrderWiring(workOrders, visits, new WorkOrderService(workOrders, visits, new JooqSlaPolicies(dsl), clock));
    }
}
