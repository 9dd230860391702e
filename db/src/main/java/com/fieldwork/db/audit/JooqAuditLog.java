package com.fieldwork.db.audit;

import com.fieldwork.core.audit.AuditEntry;
import com.fieldwork.core.audit.AuditLog;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.support.Optionals.ofLong;

public final class JooqAuditLog implements AuditLog {

    private final DSLContext dsl;

    public JooqAuditLog(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public List<AuditEntry> forEntity(String entity, Object entityId) {
        var a = AUDIT_LOG;
        return dsl.selectFrom(a)
                .where(a.ENTITY.eq(entity).and(a.ENTITY_ID.eq(String.valueOf(entityId))))
                .orderBy(a.ID)
                .fetch(r -> new AuditEntry(r.getId(), r.getAt(), ofLong(r.getActorId()), r.getActorName(),
                        r.getEntity(), r.getEntityId(), r.getAction(), Optional.ofNullable(r.getReason()),
                        Optional.ofNullable(r.getBeforeJson()), Optional.ofNullable(r.getAfterJson())));
    }
}
