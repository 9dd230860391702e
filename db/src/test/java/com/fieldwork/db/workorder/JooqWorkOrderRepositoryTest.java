package com.fieldwork.db.workorder;

import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.sla.SlaDue;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderEdit;
import com.fieldwork.core.workorder.WorkOrderNumber;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.audit.JooqAuditLog;
import com.fieldwork.db.audit.JooqChangeFeed;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqWorkOrderRepositoryTest extends DatabaseTest {

    private WorkOrderWorld world;

    @BeforeEach
    void world() {
        world = new WorkOrderWorld(dsl());
    }

    @Test
    void createdWorkOrderReadsBackWithNumberHistoryAuditAndFeed() {
        SlaDue due = new SlaDue(world.clock.instant().plus(Duration.ofHours(4)), world.clock.instant().plus(Duration.ofHours(24)));
        NewWorkOrder order = world.newOrder("No heat in the office");

        WorkOrder created = world.workOrders.create(order, Optional.of(due), world.dispatcher);

        assertThat(created.number()).isEqualTo(new WorkOrderNumber(2026, 1));
        assertThat(created.status()).isEqualTo(WorkOrderStatus.PENDING);
        assertThat(created.version()).isZero();
        assertThat(created.summary()).isEqualTo("No heat in the office");
        assertThat(created.description()).isEqualTo(order.description());
        assertThat(created.assetId()).isEqualTo(OptionalLong.of(world.asset));
        assertThat(created.priority()).isEqualTo(Priority.HIGH);
        assertThat(created.requiredSkills()).isEqualTo(order.requiredSkills());
        assertThat(created.slaDue()).contains(due);
        assertThat(created.created().userName()).isEqualTo(world.dispatcher.displayName());
        assertThat(created.created().at()).isEqualTo(world.clock.instant());
        assertThat(world.workOrders.find(created.id())).contains(created);
        assertThat(world.workOrders.findByNumber(created.number())).contains(created);

        assertThat(world.workOrders.history(created.id()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.from()).isEmpty();
                    assertThat(entry.to()).isEqualTo(WorkOrderStatus.PENDING);
                    assertThat(entry.changedByName()).isEqualTo(world.dispatcher.displayName());
                });
        assertThat(new JooqAuditLog(dsl()).forEntity("work_order", created.id()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("create");
                    assertThat(entry.beforeJson()).isEmpty();
                    assertThat(entry.afterJson()).hasValueSatisfying(json -> assertThat(json).contains("WO-2026-000001"));
                });
        assertThat(new JooqChangeFeed(dsl()).since(0, 100))
                .anySatisfy(change -> assertThat(change.entityId()).isEqualTo(Long.toString(created.id())));

        WorkOrder second = world.workOrders.create(world.newOrder("Second"), Optional.empty(), world.dispatcher);
        assertThat(second.number().toString()).isEqualTo("WO-2026-000002");
        assertThat(second.slaDue()).isEmpty();
    }

    @Test
    void unknownIdsAreEmptyOrNotFound() {
        assertThat(world.workOrders.find(999_999)).isEmpty();
        assertThat(world.workOrders.findByNumber(WorkOrderNumber.parse("WO-2026-999999"))).isEmpty();
        assertThatThrownBy(() -> world.workOrders.changeStatus(999_999, 0, StatusChange.to(WorkOrderStatus.ASSIGNED),
                world.dispatcher)).isInstanceOf(NotFoundException.class).hasMessageContaining("999999");
        assertThatThrownBy(() -> world.workOrders.addNote(999_999, "hello", false, world.dispatcher))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void statusChangeBumpsVersionRecordsHistoryAndResponseTime() {
        WorkOrder order = world.workOrders.create(world.newOrder("Leak"), Optional.empty(), world.dispatcher);
        world.clock.advance(Duration.ofMinutes(10));
        WorkOrder assigned = world.workOrders.changeStatus(order.id(), 0, StatusChange.to(WorkOrderStatus.ASSIGNED),
                world.dispatcher);
        world.clock.advance(Duration.ofMinutes(20));
        Instant leftAt = world.clock.instant();
        GeoPoint where = new GeoPoint(39.7392, -104.9903);
        WorkOrder enRoute = world.workOrders.changeStatus(order.id(), 1,
                new StatusChange(WorkOrderStatus.EN_ROUTE, Optional.of("on my way"), Optional.of(where), Optional.empty()),
                world.technician);

        assertThat(assigned.version()).isEqualTo(1);
        assertThat(assigned.respondedAt()).isEmpty();
        assertThat(enRoute.version()).isEqualTo(2);
        assertThat(enRoute.status()).isEqualTo(WorkOrderStatus.EN_ROUTE);
        assertThat(enRoute.respondedAt()).contains(leftAt);
        assertThat(enRoute.updated().userName()).isEqualTo(world.technician.displayName());
        assertThat(world.workOrders.history(order.id()))
                .extracting(entry -> entry.to())
                .containsExactly(WorkOrderStatus.PENDING, WorkOrderStatus.ASSIGNED, WorkOrderStatus.EN_ROUTE);
        assertThat(world.workOrders.history(order.id()).get(2).position()).contains(where);
        assertThat(world.workOrders.history(order.id()).get(2).reason()).contains("on my way");
        assertThat(new JooqAuditLog(dsl()).forEntity("work_order", order.id()))
                .extracting(entry -> entry.action())
                .containsExactly("create", "status PENDING -> ASSIGNED", "status ASSIGNED -> EN_ROUTE");
    }

    @Test
    void statusChangeAnswersWithWhatIsStoredWithoutReadingItBack() {
        WorkOrder order = world.workOrders.create(world.newOrder("Leak"), Optional.empty(), world.dispatcher);
        world.clock.advance(Duration.ofMinutes(10));
        WorkOrder assigned = world.workOrders.changeStatus(order, 0, StatusChange.to(WorkOrderStatus.ASSIGNED),
                world.dispatcher);
        world.clock.advance(Duration.ofMinutes(5));
        WorkOrder enRoute = world.workOrders.changeStatus(assigned, 1, StatusChange.to(WorkOrderStatus.EN_ROUTE),
                world.technician);
        world.clock.advance(Duration.ofMinutes(40));
        WorkOrder completed = world.workOrders.changeStatus(enRoute, 2, StatusChange.to(WorkOrderStatus.COMPLETED),
                world.dispatcher);
        world.clock.advance(Duration.ofMinutes(1));
        WorkOrder closed = world.workOrders.changeStatus(completed, 3, StatusChange.to(WorkOrderStatus.CLOSED),
                world.dispatcher);

        assertThat(world.workOrders.find(order.id())).contains(closed);
        assertThat(closed.respondedAt()).isEqualTo(enRoute.respondedAt()).isPresent();
        assertThat(closed.completedAt()).isEqualTo(completed.completedAt()).isPresent();
        assertThat(closed.closedAt()).contains(world.clock.instant());
        assertThat(closed.updated().userName()).isEqualTo(world.dispatcher.displayName());
    }

    @Test
    void statusChangeAuditShowsTheWholeRowBeforeAndAfter() {
        WorkOrder order = world.workOrders.create(world.newOrder("Leak"), Optional.empty(), world.dispatcher);
        world.clock.advance(Duration.ofMinutes(10));
        world.workOrders.changeStatus(order, 0, StatusChange.to(WorkOrderStatus.ASSIGNED), world.otherDispatcher);

        var entry = new JooqAuditLog(dsl()).forEntity("work_order", order.id()).get(1);
        assertThat(entry.beforeJson().orElseThrow())
                .contains("\"status\":\"PENDING\"").contains("\"version\":0").contains("\"summary\":\"Leak\"")
                .contains("\"updated_by\":" + world.dispatcher.userId());
        assertThat(entry.afterJson().orElseThrow())
                .contains("\"status\":\"ASSIGNED\"").contains("\"version\":1").contains("\"summary\":\"Leak\"")
                .contains("\"updated_by\":" + world.otherDispatcher.userId());
    }

    @Test
    void statusChangeFromAnOutdatedReadIsRefusedNamingWhoCameBetween() {
        WorkOrder seen = world.workOrders.create(world.newOrder("Inspection"), Optional.empty(), world.dispatcher);
        world.clock.advance(Duration.ofMinutes(3));
        world.workOrders.changeStatus(seen, 0, StatusChange.to(WorkOrderStatus.ASSIGNED), world.otherDispatcher);

        assertThatThrownBy(() -> world.workOrders.changeStatus(seen, 0, StatusChange.to(WorkOrderStatus.CANCELLED),
                world.dispatcher)).isInstanceOfSatisfying(ConcurrentModificationException.class,
                e -> assertThat(e.changedBy()).contains(world.otherDispatcher.displayName()));
        assertThatThrownBy(() -> world.workOrders.changeStatus(seen, 1, StatusChange.to(WorkOrderStatus.CANCELLED),
                world.dispatcher)).isInstanceOf(ConcurrentModificationException.class);
        assertThat(world.workOrders.find(seen.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.ASSIGNED);
        assertThat(world.workOrders.history(seen.id())).hasSize(2);
    }

    @Test
    void staleEditFailsNamingWhoChangedItAndOverwritesNothing() {
        WorkOrder order = world.workOrders.create(world.newOrder("Boiler service"), Optional.empty(), world.dispatcher);
        WorkOrder seenByFirst = world.workOrders.find(order.id()).orElseThrow();
        WorkOrder seenBySecond = world.workOrders.find(order.id()).orElseThrow();
        world.clock.advance(Duration.ofMinutes(5));
        Instant firstSavedAt = world.clock.instant();

        WorkOrderEdit firstEdit = new WorkOrderEdit(Priority.EMERGENCY, "Boiler leaking", Optional.empty(), 120,
                OptionalLong.empty(), Optional.empty());
        world.workOrders.edit(order.id(), seenByFirst.version(), firstEdit, world.dispatcher);
        int audits = world.auditRows();
        int feed = world.feedRows();

        WorkOrderEdit secondEdit = new WorkOrderEdit(Priority.LOW, "Annual service", Optional.empty(), 60,
                OptionalLong.empty(), Optional.empty());
        assertThatThrownBy(() -> world.workOrders.edit(order.id(), seenBySecond.version(), secondEdit, world.otherDispatcher))
                .isInstanceOfSatisfying(ConcurrentModificationException.class, e -> {
                    assertThat(e.changedBy()).contains(world.dispatcher.displayName());
                    assertThat(e.changedAt()).contains(firstSavedAt);
                    assertThat(e.currentVersion()).isEqualTo(1);
                    assertThat(e.getMessage()).contains(world.dispatcher.displayName()).contains("version 0, now 1");
                });

        WorkOrder stored = world.workOrders.find(order.id()).orElseThrow();
        assertThat(stored.summary()).isEqualTo("Boiler leaking");
        assertThat(stored.priority()).isEqualTo(Priority.EMERGENCY);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(world.auditRows()).isEqualTo(audits);
        assertThat(world.feedRows()).isEqualTo(feed);
    }

    @Test
    void staleStatusChangeIsRefusedToo() {
        WorkOrder order = world.workOrders.create(world.newOrder("Inspection"), Optional.empty(), world.dispatcher);
        world.workOrders.changeStatus(order.id(), 0, StatusChange.to(WorkOrderStatus.ASSIGNED), world.dispatcher);

        assertThatThrownBy(() -> world.workOrders.changeStatus(order.id(), 0, StatusChange.to(WorkOrderStatus.CANCELLED),
                world.otherDispatcher)).isInstanceOf(ConcurrentModificationException.class);
        assertThat(world.workOrders.find(order.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.ASSIGNED);
        assertThat(world.workOrders.history(order.id())).hasSize(2);
    }

    @Test
    void failedCreateWritesNothingAndGivesItsNumberBack() {
        long otherCustomer = world.seed.customer(world.branch);
        NewWorkOrder wrongSite = new NewWorkOrder(otherCustomer, world.site, OptionalLong.empty(), world.serviceType,
                OptionalLong.empty(), world.branch, Priority.NORMAL, "Wrong site", Optional.empty(), 30,
                com.fieldwork.core.workorder.WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(),
                java.util.List.of(), java.util.List.of());
        NewWorkOrder unknownServiceType = new NewWorkOrder(world.customer, world.site, OptionalLong.empty(), 987_654,
                OptionalLong.empty(), world.branch, Priority.NORMAL, "Unknown type", Optional.empty(), 30,
                com.fieldwork.core.workorder.WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(),
                java.util.List.of(), java.util.List.of());
        int audits = world.auditRows();
        int feed = world.feedRows();

        assertThatThrownBy(() -> world.workOrders.create(wrongSite, Optional.empty(), world.dispatcher))
                .isInstanceOf(ValidationException.class).hasMessageContaining("belongs to another customer");
        assertThatThrownBy(() -> world.workOrders.create(unknownServiceType, Optional.empty(), world.dispatcher))
                .isInstanceOf(ConflictException.class).hasMessageContaining("does not exist");

        assertThat(dsl().fetchCount(WORK_ORDER)).isZero();
        assertThat(world.auditRows()).isEqualTo(audits);
        assertThat(world.feedRows()).isEqualTo(feed);
        WorkOrder first = world.workOrders.create(world.newOrder("Now right"), Optional.empty(), world.dispatcher);
        assertThat(first.number().sequence()).isEqualTo(1);
    }

    @Test
    void editKeepsTheAssetOnTheSameSite() {
        WorkOrder order = world.workOrders.create(world.newOrder("Filter"), Optional.empty(), world.dispatcher);
        long otherSite = world.seed.site(world.customer);
        long foreignAsset = world.seed.asset(otherSite);
        WorkOrderEdit edit = new WorkOrderEdit(Priority.NORMAL, "Filter", Optional.empty(), 30,
                OptionalLong.of(foreignAsset), Optional.of(new TimeSlot(Instant.parse("2026-03-03T15:00:00Z"),
                Instant.parse("2026-03-03T19:00:00Z"))));

        assertThatThrownBy(() -> world.workOrders.edit(order.id(), 0, edit, world.dispatcher))
                .isInstanceOf(ValidationException.class).hasMessageContaining("another site");
        assertThat(world.workOrders.find(order.id()).orElseThrow().version()).isZero();
    }

    @Test
    void notesRoundTripInOrderWithTheirAuthors() {
        WorkOrder order = world.workOrders.create(world.newOrder("Noise"), Optional.empty(), world.dispatcher);
        world.workOrders.addNote(order.id(), "Gate code 4411", false, world.dispatcher);
        world.clock.advance(Duration.ofMinutes(1));
        world.workOrders.addNote(order.id(), "Customer prefers mornings", true, world.otherDispatcher);

        assertThat(world.workOrders.notes(order.id()))
                .extracting(n -> n.body() + "|" + n.authorName() + "|" + n.internal())
                .containsExactly("Gate code 4411|" + world.dispatcher.displayName() + "|false",
                        "Customer prefers mornings|" + world.otherDispatcher.displayName() + "|true");
        assertThat(new JooqAuditLog(dsl()).forEntity("work_order_note", world.workOrders.notes(order.id()).get(0).id()))
                .hasSize(1);
    }
}
