package com.fieldwork.db.workorder;

import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.security.PermissionDeniedException;
import com.fieldwork.core.workorder.InvalidTransitionException;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderEdit;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The use cases over real repositories: rules from core, effects in the database. */
class WorkOrderServiceTest extends DatabaseTest {

    private WorkOrderWorld world;

    @BeforeEach
    void world() {
        world = new WorkOrderWorld(dsl());
    }

    @Test
    void slaClockStartsFromTheCustomersOwnPolicyOverTheDefault() {
        world.seed.slaPolicy("HIGH", null, 240, 1440);
        world.seed.slaPolicy("HIGH", world.customer, 60, 480);
        long otherCustomer = world.seed.customer(world.branch);
        long otherSite = world.seed.site(otherCustomer);

        WorkOrder vip = world.service.create(world.newOrder("VIP"), world.dispatcher);
        NewWorkOrder regular = new NewWorkOrder(otherCustomer, otherSite, OptionalLong.empty(), world.serviceType,
                OptionalLong.empty(), world.branch, Priority.HIGH, "Regular", Optional.empty(), 60,
                WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(), List.of(), List.of());
        WorkOrder other = world.service.create(regular, world.dispatcher);

        assertThat(vip.slaDue()).hasValueSatisfying(due -> {
            assertThat(due.responseDue()).isEqualTo(world.clock.instant().plus(Duration.ofMinutes(60)));
            assertThat(due.resolutionDue()).isEqualTo(world.clock.instant().plus(Duration.ofMinutes(480)));
        });
        assertThat(other.slaDue()).hasValueSatisfying(due ->
                assertThat(due.responseDue()).isEqualTo(world.clock.instant().plus(Duration.ofMinutes(240))));
    }

    /** The resend answer (the first order back) is intake's, tested in IntakeEndpointTest; here: never two orders. */
    @Test
    void aSecondOrderUnderOneExternalReferenceIsRefusedAndWritesNothing() {
        NewWorkOrder fromErp = new NewWorkOrder(world.customer, world.site, OptionalLong.empty(), world.serviceType,
                OptionalLong.empty(), world.branch, Priority.NORMAL, "From ERP", Optional.empty(), 60,
                WorkOrderSource.API, Optional.of("ERP-4711"), Optional.empty(), List.of(), List.of());

        world.service.create(fromErp, world.dispatcher);
        int audits = world.auditRows();

        assertThatThrownBy(() -> world.service.create(fromErp, world.dispatcher))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already exists");
        assertThat(dsl().fetchCount(WORK_ORDER)).isEqualTo(1);
        assertThat(world.auditRows()).isEqualTo(audits);
    }

    @Test
    void invalidTransitionNamesTheAllowedOnesAndChangesNothing() {
        WorkOrder order = world.service.create(world.newOrder("Leak"), world.dispatcher);
        int audits = world.auditRows();

        assertThatThrownBy(() -> world.service.changeStatus(order.id(), 0, StatusChange.to(WorkOrderStatus.COMPLETED),
                world.dispatcher))
                .isInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("Pending").hasMessageContaining("Completed").hasMessageContaining("Assigned");

        WorkOrder stored = world.workOrders.find(order.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(WorkOrderStatus.PENDING);
        assertThat(stored.version()).isZero();
        assertThat(world.auditRows()).isEqualTo(audits);
    }

    @Test
    void aTechnicianSeesAndMovesOnlyTheirOwnJobs() {
        WorkOrder mine = world.service.create(world.newOrder("Mine"), world.dispatcher);
        WorkOrder notMine = world.service.create(world.newOrder("Not mine"), world.dispatcher);
        long technicianId = world.technician.technicianId().getAsLong();
        world.visits.create(new NewVisit(mine.id(), OptionalLong.of(technicianId),
                Optional.of(TimeSlot.of(world.clock.instant().plus(Duration.ofHours(1)), Duration.ofHours(2))), false),
                world.dispatcher);
        WorkOrder assigned = world.service.changeStatus(mine.id(), 0, StatusChange.to(WorkOrderStatus.ASSIGNED),
                world.dispatcher);

        WorkOrder enRoute = world.service.changeStatus(mine.id(), assigned.version(),
                StatusChange.to(WorkOrderStatus.EN_ROUTE), world.technician);

        assertThat(enRoute.status()).isEqualTo(WorkOrderStatus.EN_ROUTE);
        assertThat(world.service.get(mine.id(), world.technician).id()).isEqualTo(mine.id());
        assertThatThrownBy(() -> world.service.get(notMine.id(), world.technician))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.service.changeStatus(notMine.id(), 0, StatusChange.to(WorkOrderStatus.CANCELLED),
                world.technician)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.service.addNote(notMine.id(), "hi", false, world.technician))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.service.addNote(mine.id(), "Arrived, dog in yard", false, world.technician).authorName())
                .isEqualTo(world.technician.displayName());
    }

    @Test
    void rolesAreHeldToTheirPermissions() {
        WorkOrder order = world.service.create(world.newOrder("Leak"), world.dispatcher);

        assertThatThrownBy(() -> world.service.create(world.newOrder("Nope"), world.technician))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> world.service.edit(order.id(), 0, WorkOrderEdit.of(order), world.accountant))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(world.workOrders.find(order.id()).orElseThrow().version()).isZero();
    }

    @Test
    void aClosedWorkOrderCannotBeEdited() {
        WorkOrder order = world.service.create(world.newOrder("Done job"), world.dispatcher);
        dsl().update(WORK_ORDER).set(WORK_ORDER.STATUS, "CLOSED").where(WORK_ORDER.ID.eq(order.id())).execute();

        assertThatThrownBy(() -> world.service.edit(order.id(), 0, WorkOrderEdit.of(order), world.dispatcher))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Closed");
    }

    @Test
    void closingStampsTheCloseTimeAndKeepsTheCompletionTime() {
        WorkOrder order = world.service.create(world.newOrder("Full life"), world.dispatcher);
        long version = order.version();
        for (WorkOrderStatus next : List.of(WorkOrderStatus.ASSIGNED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ARRIVED,
                WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.COMPLETED)) {
            world.clock.advance(Duration.ofMinutes(15));
            version = world.service.changeStatus(order.id(), version, StatusChange.to(next), world.dispatcher).version();
        }
        var completedAt = world.clock.instant();
        world.clock.advance(Duration.ofDays(1));
        WorkOrder closed = world.service.changeStatus(order.id(), version, StatusChange.to(WorkOrderStatus.CLOSED),
                world.accountant);

        assertThat(closed.completedAt()).contains(completedAt);
        assertThat(closed.closedAt()).contains(world.clock.instant());
        assertThat(world.workOrders.history(order.id())).hasSize(7);
    }
}
