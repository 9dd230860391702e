package com.fieldwork.db.catalog;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.catalog.NewServiceType;
import com.fieldwork.core.catalog.ServiceType;
import com.fieldwork.core.catalog.ServiceTypeRepository;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.ServiceTypeRecord;
import com.fieldwork.db.support.IntegrityViolations;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.SERVICE_TYPE;

/** Service types in SQL; writes audited and on the change feed. */
public final class JooqServiceTypeRepository implements ServiceTypeRepository {

    private static final String ENTITY = "service_type";

    private final DSLContext dsl;
    private final Clock clock;

    public JooqServiceTypeRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ServiceType create(NewServiceType serviceType, Actor actor) {
        return IntegrityViolations.translate("Service type " + serviceType.code(), () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            ServiceTypeRecord row = tx.newRecord(SERVICE_TYPE).setCode(serviceType.code()).setName(serviceType.name());
            row.store();
            AuditTrail.record(tx, actor, clock.instant(), ENTITY, row.getId(), ChangeOperation.INSERT, "create", null, row, null);
            return toServiceType(row);
        }));
    }

    @Override
    public Optional<ServiceType> find(long id) {
        return dsl.selectFrom(SERVICE_TYPE).where(SERVICE_TYPE.ID.eq(id))
                .fetchOptional(JooqServiceTypeRepository::toServiceType);
    }

    @Override
    public List<ServiceType> list() {
        return dsl.selectFrom(SERVICE_TYPE).orderBy(SERVICE_TYPE.CODE).fetch(JooqServiceTypeRepository::toServiceType);
    }

    @Override
    public ServiceType update(long id, NewServiceType values, Actor actor) {
        return IntegrityViolations.translate("Service type " + values.code(), () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            ServiceTypeRecord row = tx.selectFrom(SERVICE_TYPE).where(SERVICE_TYPE.ID.eq(id)).forUpdate().fetchOne();
            if (row == null) {
                throw new NotFoundException("service type", id);
            }
            ServiceTypeRecord before = row.into(SERVICE_TYPE);
            row.setCode(values.code()).setName(values.name()).update();
            AuditTrail.record(tx, actor, clock.instant(), ENTITY, id, ChangeOperation.UPDATE, "update", before, row, null);
            return toServiceType(row);
        }));
    }

    static ServiceType toServiceType(ServiceTypeRecord r) {
        return new ServiceType(r.getId(), r.getCode(), r.getName());
    }
}
