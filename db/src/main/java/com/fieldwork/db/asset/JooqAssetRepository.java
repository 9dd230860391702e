package com.fieldwork.db.asset;

import com.fieldwork.core.asset.Asset;
import com.fieldwork.core.asset.AssetDetails;
import com.fieldwork.core.asset.AssetRepository;
import com.fieldwork.core.asset.AssetServiceRecord;
import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.AssetRecord;
import com.fieldwork.db.support.IntegrityViolations;
import com.fieldwork.db.support.VersionedTable;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import static com.fieldwork.db.jooq.Tables.ASSET;
import static com.fieldwork.db.jooq.Tables.SITE;
import static com.fieldwork.db.support.Optionals.orNull;

/** Assets in SQL; every write versioned, audited and on the change feed. */
public final class JooqAssetRepository implements AssetRepository {

    static final String ENTITY = "asset";
    private static final VersionedTable<AssetRecord> VERSIONED = new VersionedTable<>("Asset", ENTITY, ASSET,
            ASSET.ID, ASSET.VERSION, ASSET.UPDATED_AT);

    private final DSLContext dsl;
    private final Clock clock;

    public JooqAssetRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Asset create(AssetDetails asset, Actor actor) {
        return translate(asset, () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            requireSite(tx, asset.siteId());
            Instant now = clock.instant();
            AssetRecord row = write(tx.newRecord(ASSET), asset).setVersion(0L).setCreatedAt(now).setUpdatedAt(now);
            row.store();
            AuditTrail.record(tx, actor, now, ENTITY, row.getId(), ChangeOperation.INSERT, "create", null, row, null);
            return toAsset(row);
        }));
    }

    @Override
    public Optional<Asset> find(long id) {
        return dsl.selectFrom(ASSET).where(ASSET.ID.eq(id)).fetchOptional().map(JooqAssetRepository::toAsset);
    }

    @Override
    public Asset update(long id, long expectedVersion, AssetDetails asset, Actor actor) {
        return translate(asset, () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            AssetRecord before = tx.selectFrom(ASSET).where(ASSET.ID.eq(id)).fetchOne();
            if (before != null && before.getSiteId() != asset.siteId()) {
                requireSite(tx, asset.siteId());
            }
            VERSIONED.update(tx, id, expectedVersion, now, write(tx.newRecord(ASSET), asset));
            AssetRecord after = tx.selectFrom(ASSET).where(ASSET.ID.eq(id)).fetchSingle();
            String action = before.getSiteId().equals(after.getSiteId()) ? "edit" : "move";
            AuditTrail.record(tx, actor, now, ENTITY, id, ChangeOperation.UPDATE, action, before, after, null);
            return toAsset(after);
        }));
    }

    @Override
    public List<Asset> assetsAt(long siteId) {
        return dsl.selectFrom(ASSET).where(ASSET.SITE_ID.eq(siteId))
                .orderBy(ASSET.ASSET_TYPE, ASSET.MAKE, ASSET.MODEL, ASSET.ID)
                .fetch(JooqAssetRepository::toAsset);
    }

    @Override
    public List<Asset> findBySerial(String serialNumber) {
        if (serialNumber == null || serialNumber.isBlank()) {
            return List.of();
        }
        return dsl.selectFrom(ASSET)
                .where(DSL.lower(ASSET.SERIAL_NUMBER).eq(serialNumber.trim().toLowerCase(Locale.ROOT)))
                .orderBy(ASSET.MAKE, ASSET.ID)
                .fetch(JooqAssetRepository::toAsset);
    }

    @Override
    public List<AssetServiceRecord> serviceHistory(long assetId) {
        if (!dsl.fetchExists(ASSET, ASSET.ID.eq(assetId))) {
            throw new NotFoundException("asset", assetId);
        }
        return new ServiceHistory(dsl).of(assetId);
    }

    private static void requireSite(DSLContext tx, long siteId) {
        if (!tx.fetchExists(SITE, SITE.ID.eq(siteId))) {
            throw new NotFoundException("site", siteId);
        }
    }

    /** The only unique rule on assets is (make, serial): say so in words a technician understands. */
    private static <T> T translate(AssetDetails asset, Supplier<T> write) {
        try {
            return IntegrityViolations.translate("Asset", write);
        } catch (ConflictException e) {
            if (e.getMessage().startsWith("Asset already exists")) {
                throw new ConflictException("A " + asset.make() + " asset with serial number " + asset.serialNumber()
                        + " is already recorded", e);
            }
            throw e;
        }
    }

    private static AssetRecord write(AssetRecord row, AssetDetails a) {
        return row.setSiteId(a.siteId()).setAssetType(a.type()).setMake(a.make()).setModel(a.model())
                .setSerialNumber(a.serialNumber()).setInstallDate(orNull(a.installDate()))
                .setWarrantyUntil(orNull(a.warrantyUntil())).setNotes(orNull(a.notes()));
    }

    static Asset toAsset(AssetRecord r) {
        return new Asset(r.getId(), new AssetDetails(r.getSiteId(), r.getAssetType(), r.getMake(), r.getModel(),
                r.getSerialNumber(), Optional.ofNullable(r.getInstallDate()), Optional.ofNullable(r.getWarrantyUntil()),
                Optional.ofNullable(r.getNotes())), r.getVersion());
    }
}
