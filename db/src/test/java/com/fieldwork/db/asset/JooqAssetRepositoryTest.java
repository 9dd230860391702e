package com.fieldwork.db.asset;

import com.fieldwork.core.asset.Asset;
import com.fieldwork.core.asset.AssetDetails;
import com.fieldwork.core.asset.AssetServiceRecord;
import com.fieldwork.core.asset.PartUsed;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.ASSET;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.COMPLETION_RECORD;
import static com.fieldwork.db.jooq.Tables.PART;
import static com.fieldwork.db.jooq.Tables.STOCK_LOCATION;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqAssetRepositoryTest extends DatabaseTest {

    private static final LocalDate INSTALLED = LocalDate.of(2024, 4, 15);

    private final MutableClock clock = new MutableClock(Seed.T0);
    private JooqAssetRepository assets;
    private Seed seed;
    private Actor dispatcher;
    private Actor otherDispatcher;
    private long branch;
    private long customer;
    private long site;
    private long otherSite;

    @BeforeEach
    void world() {
        seed = new Seed(dsl());
        branch = seed.branch();
        dispatcher = seed.user(Role.DISPATCHER, branch);
        otherDispatcher = seed.user(Role.DISPATCHER, branch);
        customer = seed.customer(branch);
        site = seed.site(customer);
        otherSite = seed.site(customer);
        assets = new JooqAssetRepository(dsl(), clock);
    }

    private AssetDetails boiler(long at, String serial) {
        return new AssetDetails(at, "Boiler", "Viessmann", "Vitodens 200", serial, Optional.of(INSTALLED),
                Optional.of(INSTALLED.plusYears(2)), Optional.of("Cellar, left of the stairs"));
    }

    @Test
    void everyFieldRoundTripsAndAssetsAreFoundBySiteAndSerial() {
        Asset created = assets.create(boiler(site, "VX-1001"), dispatcher);
        Asset sameSerialOtherMake = assets.create(new AssetDetails(otherSite, "Pump", "Grundfos", "Alpha2", "VX-1001",
                Optional.empty(), Optional.empty(), Optional.empty()), dispatcher);

        assertThat(created.details()).isEqualTo(boiler(site, "VX-1001"));
        assertThat(created.version()).isZero();
        assertThat(assets.get(created.id())).isEqualTo(created);
        assertThat(assets.assetsAt(site)).containsExactly(created);
        assertThat(assets.findBySerial("vx-1001")).containsExactly(sameSerialOtherMake, created);
        assertThat(created.underWarrantyOn(INSTALLED.plusYears(2))).isTrue();
        assertThat(created.underWarrantyOn(INSTALLED.plusYears(2).plusDays(1))).isFalse();
        assertThat(sameSerialOtherMake.underWarrantyOn(INSTALLED)).isFalse();
    }

    @Test
    void editsAreVersionedAndAStaleOneNamesTheWinnerAndWritesNothing() {
        Asset created = assets.create(boiler(site, "VX-1001"), dispatcher);
        clock.advance(Duration.ofMinutes(9));
        Asset moved = assets.update(created.id(), 0, boiler(otherSite, "VX-1001"), dispatcher);
        int audit = dsl().fetchCount(AUDIT_LOG);
        int feed = dsl().fetchCount(CHANGE_FEED);

        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.siteId()).isEqualTo(otherSite);
        assertThat(assets.assetsAt(site)).isEmpty();
        assertThat(dsl().select(AUDIT_LOG.ACTION).from(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq("asset"))
                .orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.ACTION)).containsExactly("create", "move");
        assertThatThrownBy(() -> assets.update(created.id(), 0, boiler(site, "VX-1001"), otherDispatcher))
                .isInstanceOfSatisfying(ConcurrentModificationException.class, e -> {
                    assertThat(e.changedBy()).hasValueSatisfying(who -> assertThat(who).contains(dispatcher.displayName()));
                    assertThat(e.changedAt()).contains(Seed.T0.plus(Duration.ofMinutes(9)));
                });
        assertThat(assets.get(created.id())).isEqualTo(moved);
        assertThat(dsl().fetchCount(AUDIT_LOG)).isEqualTo(audit);
        assertThat(dsl().fetchCount(CHANGE_FEED)).isEqualTo(feed);
    }

    @Test
    void badInputIsRefusedAndLeavesTheDatabaseUnchanged() {
        Asset created = assets.create(boiler(site, "VX-1001"), dispatcher);
        int rows = dsl().fetchCount(ASSET);
        int audit = dsl().fetchCount(AUDIT_LOG);
        int feed = dsl().fetchCount(CHANGE_FEED);

        assertThatThrownBy(() -> new AssetDetails(site, "Boiler", "Viessmann", "V", "S", Optional.of(INSTALLED),
                Optional.of(INSTALLED.minusDays(1)), Optional.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("warrantyUntil"));
        assertThatThrownBy(() -> boiler(site, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("serialNumber"));
        assertThatThrownBy(() -> assets.create(boiler(otherSite, "VX-1001"), otherDispatcher))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Viessmann").hasMessageContaining("VX-1001");
        assertThatThrownBy(() -> assets.create(boiler(424_242, "VX-2"), dispatcher)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assets.update(424_242, 0, boiler(site, "VX-3"), dispatcher))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assets.serviceHistory(424_242)).isInstanceOf(NotFoundException.class);

        assertThat(dsl().fetchCount(ASSET)).isEqualTo(rows);
        assertThat(assets.get(created.id())).isEqualTo(created);
        assertThat(dsl().fetchCount(AUDIT_LOG)).isEqualTo(audit);
        assertThat(dsl().fetchCount(CHANGE_FEED)).isEqualTo(feed);
    }

    @Test
    void serviceHistoryIsNewestFirstWithTheNetPartsFittedAndTheResolution() {
        Asset boiler = assets.create(boiler(site, "VX-1001"), dispatcher);
        Asset other = assets.create(boiler(site, "VX-1002"), dispatcher);
        JooqWorkOrderRepository orders = new JooqWorkOrderRepository(dsl(), clock);
        long serviceType = seed.serviceType();
        WorkOrder repair = completed(orders, boiler.id(), serviceType, "No heat", Instant.parse("2026-03-05T18:00:00Z"));
        clock.advance(Duration.ofDays(4)); // opened 2026-03-06, after the repair was completed
        WorkOrder open = orders.create(order(boiler.id(), serviceType, "Annual check"), Optional.empty(), dispatcher);
        WorkOrder older = completed(orders, boiler.id(), serviceType, "Pressure loss", Instant.parse("2026-03-03T10:00:00Z"));
        WorkOrder elsewhere = completed(orders, other.id(), serviceType, "Other boiler", Instant.parse("2026-03-04T10:00:00Z"));
        long van = dsl().insertInto(STOCK_LOCATION).set(STOCK_LOCATION.CODE, "WH1").set(STOCK_LOCATION.NAME, "Main")
                .set(STOCK_LOCATION.KIND, "WAREHOUSE").set(STOCK_LOCATION.BRANCH_ID, branch)
                .returning(STOCK_LOCATION.ID).fetchSingle().getId();
        long igniter = part("IGN-1", "Igniter");
        long valve = part("VAL-2", "Pressure valve");
        move("CONSUME", igniter, van, repair.id(), "2");
        move("RETURN", igniter, van, repair.id(), "1");
        move("CONSUME", valve, van, repair.id(), "1");
        move("CONSUME", valve, van, older.id(), "3");
        move("RETURN", valve, van, older.id(), "3");
        move("CONSUME", igniter, van, elsewhere.id(), "5");
        dsl().insertInto(COMPLETION_RECORD).set(COMPLETION_RECORD.WORK_ORDER_ID, repair.id())
                .set(COMPLETION_RECORD.COMPLETED_BY, dispatcher.userId())
                .set(COMPLETION_RECORD.COMPLETED_AT, Instant.parse("2026-03-05T18:00:00Z"))
                .set(COMPLETION_RECORD.FIRST_TIME_FIX, true).set(COMPLETION_RECORD.CUSTOMER_CONFIRMED, true)
                .set(COMPLETION_RECORD.SUMMARY, "Replaced igniter and valve").execute();

        List<AssetServiceRecord> history = assets.serviceHistory(boiler.id());

        assertThat(history).extracting(AssetServiceRecord::workOrderId)
                .containsExactly(open.id(), repair.id(), older.id());
        AssetServiceRecord latestRepair = history.get(1);
        assertThat(latestRepair.number()).isEqualTo(repair.number().toString());
        assertThat(latestRepair.status()).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(latestRepair.summary()).isEqualTo("No heat");
        assertThat(latestRepair.completedAt()).contains(Instant.parse("2026-03-05T18:00:00Z"));
        assertThat(latestRepair.resolution()).contains("Replaced igniter and valve");
        assertThat(latestRepair.serviceType()).startsWith("Service ");
        assertThat(latestRepair.parts()).containsExactly(
                new PartUsed(igniter, "IGN-1", "Igniter", new BigDecimal("1"), "pcs"),
                new PartUsed(valve, "VAL-2", "Pressure valve", new BigDecimal("1"), "pcs"));
        assertThat(history.get(0).status()).isEqualTo(WorkOrderStatus.PENDING);
        assertThat(history.get(0).completedAt()).isEmpty();
        assertThat(history.get(0).parts()).isEmpty();
        assertThat(history.get(2).parts()).as("everything taken was returned").isEmpty();
        assertThat(history.get(2).resolution()).isEmpty();
    }

    private NewWorkOrder order(long assetId, long serviceType, String summary) {
        return new NewWorkOrder(customer, site, OptionalLong.of(assetId), serviceType, OptionalLong.empty(), branch,
                Priority.NORMAL, summary, Optional.of("Reported by phone"), 60, WorkOrderSource.MANUAL,
                Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    private WorkOrder completed(JooqWorkOrderRepository orders, long assetId, long serviceType, String summary,
                                Instant at) {
        long siteOfAsset = assets.get(assetId).siteId();
        WorkOrder created = orders.create(new NewWorkOrder(customer, siteOfAsset, OptionalLong.of(assetId), serviceType,
                OptionalLong.empty(), branch, Priority.HIGH, summary, Optional.empty(), 60, WorkOrderSource.MANUAL,
                Optional.empty(), Optional.empty(), List.of(), List.of()), Optional.empty(), dispatcher);
        return orders.changeStatus(created.id(), created.version(), new StatusChange(WorkOrderStatus.COMPLETED,
                Optional.empty(), Optional.empty(), Optional.of(at)), dispatcher);
    }

    private long part(String sku, String name) {
        return dsl().insertInto(PART).set(PART.SKU, sku).set(PART.NAME, name).set(PART.UNIT, "pcs")
                .set(PART.UNIT_COST, new BigDecimal("10.00")).set(PART.UNIT_PRICE, new BigDecimal("25.00"))
                .returning(PART.ID).fetchSingle().getId();
    }

    private void move(String kind, long part, long location, long workOrder, String quantity) {
        boolean consume = kind.equals("CONSUME");
        dsl().insertInto(STOCK_MOVEMENT).set(STOCK_MOVEMENT.PART_ID, part).set(STOCK_MOVEMENT.KIND, kind)
                .set(STOCK_MOVEMENT.FROM_LOCATION_ID, consume ? location : null)
                .set(STOCK_MOVEMENT.TO_LOCATION_ID, consume ? null : location)
                .set(STOCK_MOVEMENT.QUANTITY, new BigDecimal(quantity)).set(STOCK_MOVEMENT.WORK_ORDER_ID, workOrder)
                .set(STOCK_MOVEMENT.ACTOR_ID, dispatcher.userId()).set(STOCK_MOVEMENT.OCCURRED_AT, Seed.T0)
                .execute();
    }
}
