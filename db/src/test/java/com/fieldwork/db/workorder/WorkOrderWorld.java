package com.fieldwork.db.workorder;

import com.fieldwork.core.catalog.RequiredSkill;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.db.audit.JooqChangeFeed;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.db.sla.JooqSlaPolicies;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import com.fieldwork.core.workorder.WorkOrderService;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;

/** A branch with a dispatcher, a technician, a customer with a site and asset, and the repositories. */
final class WorkOrderWorld {

    final DSLContext dsl;
    final MutableClock clock = new MutableClock(Seed.T0);
    final Seed seed;
    final long branch;
    final Actor dispatcher;
    final Actor otherDispatcher;
    final Actor technician;
    final Actor accountant;
    final long customer;
    final long site;
    final long asset;
    final long serviceType;
    final long skill;
    final JooqWorkOrderRepository workOrders;
    final JooqVisitRepository visits;
    final WorkOrderService service;

    WorkOrderWorld(DSLContext dsl) {
        this.dsl = dsl;
        this.seed = new Seed(dsl);
        branch = seed.branch();
        dispatcher = seed.user(Role.DISPATCHER, branch);
        otherDispatcher = seed.user(Role.DISPATCHER, branch);
        technician = seed.user(Role.TECHNICIAN, branch);
        accountant = seed.user(Role.ACCOUNTANT, branch);
        customer = seed.customer(branch);
        site = seed.site(customer);
        asset = seed.asset(site);
        serviceType = seed.serviceType();
        skill = seed.skill();
        workOrders = new JooqWorkOrderRepository(dsl, clock);
        visits = new JooqVisitRepository(dsl, clock);
        service = new WorkOrderService(workOrders, visits, new JooqSlaPolicies(dsl), clock);
    }

    NewWorkOrder newOrder(String summary) {
        return newOrder(summary, Priority.HIGH);
    }

    NewWorkOrder newOrder(String summary, Priority priority) {
        return new NewWorkOrder(customer, site, OptionalLong.of(asset), serviceType, OptionalLong.empty(), branch,
                priority, summary, Optional.of("Customer reports no heat since this morning"), 90,
                WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(),
                List.of(new RequiredSkill(skill, 2)), List.of());
    }

    int auditRows() {
        return dsl.fetchCount(AUDIT_LOG);
    }

    int feedRows() {
        return dsl.fetchCount(CHANGE_FEED);
    }

    long latestSeq() {
        return new JooqChangeFeed(dsl).latestSeq();
    }
}
