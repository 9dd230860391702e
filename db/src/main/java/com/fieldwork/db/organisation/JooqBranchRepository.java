package com.fieldwork.db.organisation;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.organisation.Branch;
import com.fieldwork.core.organisation.BranchDetails;
import com.fieldwork.core.organisation.BranchRepository;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.BranchRecord;
import com.fieldwork.db.support.IntegrityViolations;
import com.fieldwork.db.support.VersionedTable;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.BRANCH;

/** Branches in SQL; every write versioned, audited and on the change feed. */
public final class JooqBranchRepository implements BranchRepository {

    static final String ENTITY = "branch";
    private static final VersionedTable<BranchRecord> VERSIONED = new VersionedTable<>("Branch", ENTITY, BRANCH,
            BRANCH.ID, BRANCH.VERSION, BRANCH.UPDATED_AT);

    private final DSLContext dsl;
    private final Clock clock;

    public JooqBranchRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Branch create(BranchDetails branch, Actor actor) {
        return IntegrityViolations.translate("Branch " + branch.code(), () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            BranchRecord row = write(tx.newRecord(BRANCH), branch).setVersion(0L).setCreatedAt(now).setUpdatedAt(now);
            row.store();
            AuditTrail.record(tx, actor, now, ENTITY, row.getId(), ChangeOperation.INSERT, "create", null, row, null);
            return toBranch(row);
        }));
    }

    @Override
    public Optional<Branch> find(long id) {
        return dsl.selectFrom(BRANCH).where(BRANCH.ID.eq(id)).fetchOptional().map(JooqBranchRepository::toBranch);
    }

    @Override
    public List<Branch> list() {
        return dsl.selectFrom(BRANCH).orderBy(BRANCH.NAME, BRANCH.ID).fetch(JooqBranchRepository::toBranch);
    }

    @Override
    public Branch update(long id, long expectedVersion, BranchDetails branch, Actor actor) {
        return IntegrityViolations.translate("Branch " + branch.code(), () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            BranchRecord before = tx.selectFrom(BRANCH).where(BRANCH.ID.eq(id)).fetchOne();
            VERSIONED.update(tx, id, expectedVersion, now, write(tx.newRecord(BRANCH), branch));
            BranchRecord after = tx.selectFrom(BRANCH).where(BRANCH.ID.eq(id)).fetchSingle();
            AuditTrail.record(tx, actor, now, ENTITY, id, ChangeOperation.UPDATE, "edit", before, after, null);
            return toBranch(after);
        }));
    }

    /** Sets the editable columns only, so an update statement built from it touches nothing else. */
    private static BranchRecord write(BranchRecord row, BranchDetails b) {
        return row.setCode(b.code()).setName(b.name()).setTimeZone(b.timeZone().getId())
                .setStreet(b.address().street()).setCity(b.address().city())
                .setPostalCode(b.address().postalCode()).setCountry(b.address().country())
                .setLat(b.location().lat()).setLon(b.location().lon());
    }

    static Branch toBranch(BranchRecord r) {
        return new Branch(r.getId(), r.getCode(), r.getName(), ZoneId.of(r.getTimeZone()),
                new Address(r.getStreet(), r.getCity(), r.getPostalCode(), r.getCountry()),
                new GeoPoint(r.getLat(), r.getLon()), r.getVersion());
    }
}
