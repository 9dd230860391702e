package com.fieldwork.db.sla;

import com.fieldwork.core.sla.SlaPolicies;
import com.fieldwork.core.sla.SlaPolicy;
import com.fieldwork.core.workorder.Priority;
import org.jooq.DSLContext;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.SLA_POLICY;
import static com.fieldwork.db.support.Optionals.ofLong;

/** SLA policies: a customer's own row for the priority wins over the company default (no customer). */
public final class JooqSlaPolicies implements SlaPolicies {

    private final DSLContext dsl;

    public JooqSlaPolicies(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Optional<SlaPolicy> applicable(Priority priority, long customerId) {
        var p = SLA_POLICY;
        return dsl.selectFrom(p)
                .where(p.PRIORITY.eq(priority.name()))
                .and(p.CUSTOMER_ID.eq(customerId).or(p.CUSTOMER_ID.isNull()))
                .orderBy(p.CUSTOMER_ID.isNull(), p.ID)
                .limit(1)
                .fetchOptional(r -> new SlaPolicy(r.getId(), r.getName(), Priority.valueOf(r.getPriority()),
                        ofLong(r.getCustomerId()), Duration.ofMinutes(r.getResponseMinutes()),
                        Duration.ofMinutes(r.getResolutionMinutes())));
    }
}
