package com.fieldwork.db.inventory;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.inventory.NewStockLocation;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.inventory.StockLocationRepository;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.StockLocationRecord;
import com.fieldwork.db.support.IntegrityViolations;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.STOCK_LOCATION;
import static com.fieldwork.db.support.Optionals.orNull;

/** Warehouses and vans in SQL; writes audited and on the change feed. */
public final class JooqStockLocationRepository implements StockLocationRepository {

    private static final String ENTITY = "stock_location";

    private final DSLContext dsl;
    private final Clock clock;

    public JooqStockLocationRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public StockLocation create(NewStockLocation location, Actor actor) {
        return IntegrityViolations.translate("Stock location", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            StockLocationRecord row = tx.newRecord(STOCK_LOCATION)
                    .setCode(location.code()).setName(location.name()).setKind(location.kind().name())
                    .setBranchId(location.branchId()).setTechnicianId(orNull(location.technicianId()))
                    .setAllowNegative(location.allowNegative());
            row.store();
            AuditTrail.record(tx, actor, now, ENTITY, row.getId(), ChangeOperation.INSERT, "create", null, row, null);
            return StockMapper.toLocation(row);
        }));
    }

    @Override
    public Optional<StockLocation> find(long id) {
        return dsl.selectFrom(STOCK_LOCATION).where(STOCK_LOCATION.ID.eq(id)).fetchOptional(StockMapper::toLocation);
    }

    @Override
    public List<StockLocation> atBranch(long branchId) {
        return dsl.selectFrom(STOCK_LOCATION).where(STOCK_LOCATION.BRANCH_ID.eq(branchId))
                .orderBy(STOCK_LOCATION.CODE).fetch(StockMapper::toLocation);
    }

    @Override
    public Optional<StockLocation> vanOf(long technicianId) {
        return dsl.selectFrom(STOCK_LOCATION).where(STOCK_LOCATION.TECHNICIAN_ID.eq(technicianId))
                .fetchOptional(StockMapper::toLocation);
    }
}
