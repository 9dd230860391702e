package com.fieldwork.db.catalog;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.catalog.NewWorkOrderTemplate;
import com.fieldwork.core.catalog.TemplateRepository;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.WorkOrderTemplateRecord;
import com.fieldwork.db.support.IntegrityViolations;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.SERVICE_TYPE;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_TEMPLATE;

/** Templates in SQL: the row and its skills, parts and checklist in one transaction, audited once. */
public final class JooqTemplateRepository implements TemplateRepository {

    private static final String ENTITY = "work_order_template";

    private final DSLContext dsl;
    private final Clock clock;

    public JooqTemplateRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public WorkOrderTemplate create(NewWorkOrderTemplate template, Actor actor) {
        return IntegrityViolations.translate("Work order template " + template.code(), () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (!tx.fetchExists(SERVICE_TYPE, SERVICE_TYPE.ID.eq(template.serviceTypeId()))) {
                throw new NotFoundException("service type", template.serviceTypeId());
            }
            WorkOrderTemplateRecord row = TemplateRows.insert(tx, template);
            WorkOrderTemplate created = TemplateRows.load(tx, row);
            AuditTrail.record(tx, actor, clock.instant(), ENTITY, row.getId(), ChangeOperation.INSERT, "create", null,
                    row, null);
            return created;
        }));
    }

    @Override
    public Optional<WorkOrderTemplate> find(long id) {
        return dsl.selectFrom(WORK_ORDER_TEMPLATE).where(WORK_ORDER_TEMPLATE.ID.eq(id)).fetchOptional()
                .map(r -> TemplateRows.load(dsl, r));
    }

    @Override
    public List<WorkOrderTemplate> templatesFor(long serviceTypeId, boolean includeInactive) {
        return dsl.selectFrom(WORK_ORDER_TEMPLATE)
                .where(WORK_ORDER_TEMPLATE.SERVICE_TYPE_ID.eq(serviceTypeId)
                        .and(includeInactive ? DSL.noCondition() : WORK_ORDER_TEMPLATE.ACTIVE.isTrue()))
                .orderBy(WORK_ORDER_TEMPLATE.NAME, WORK_ORDER_TEMPLATE.ID)
                .fetch(r -> TemplateRows.load(dsl, r));
    }

    @Override
    public WorkOrderTemplate setActive(long id, boolean active, Actor actor) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            WorkOrderTemplateRecord row = tx.selectFrom(WORK_ORDER_TEMPLATE).where(WORK_ORDER_TEMPLATE.ID.eq(id))
                    .forUpdate().fetchOne();
            if (row == null) {
                throw new NotFoundException("work order template", id);
            }
            WorkOrderTemplateRecord before = row.into(WORK_ORDER_TEMPLATE);
            row.setActive(active).update();
            AuditTrail.record(tx, actor, clock.instant(), ENTITY, id, ChangeOperation.UPDATE,
                    active ? "activate" : "retire", before, row, null);
            return TemplateRows.load(tx, row);
        });
    }
}
