package com.fieldwork.db.schedule;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitPlan;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.db.audit.JooqAuditLog;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqVisitRepositoryTest extends DatabaseTest {

    private static final Instant NINE = Instant.parse("2026-03-03T16:00:00Z");

    private final MutableClock clock = new MutableClock(Seed.T0);
    private JooqVisitRepository visits;
    private Actor dispatcher;
    private Actor otherDispatcher;
    private long technician;
    private long otherTechnician;
    private long workOrder;

    @BeforeEach
    void world() {
        Seed seed = new Seed(dsl());
        long branch = seed.branch();
        dispatcher = seed.user(Role.DISPATCHER, branch);
        otherDispatcher = seed.user(Role.DISPATCHER, branch);
        technician = seed.user(Role.TECHNICIAN, branch).technicianId().getAsLong();
        otherTechnician = seed.user(Role.TECHNICIAN, branch).technicianId().getAsLong();
        long customer = seed.customer(branch);
        workOrder = new JooqWorkOrderRepository(dsl(), clock).create(new NewWorkOrder(customer, seed.site(customer),
                OptionalLong.empty(), seed.serviceType(), OptionalLong.empty(), branch, Priority.NORMAL, "Service",
                Optional.empty(), 60, WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(), List.of(), List.of()),
                Optional.empty(), dispatcher).id();
        visits = new JooqVisitRepository(dsl(), clock);
    }

    @Test
    void plannedVisitRoundTripsAndIsFoundByTechnicianAndDay() {
        TimeSlot slot = TimeSlot.of(NINE, Duration.ofMinutes(90));
        Visit visit = visits.create(new NewVisit(workOrder, OptionalLong.of(technician), Optional.of(slot), true), dispatcher);

        assertThat(visits.find(visit.id())).contains(visit);
        assertThat(visit.planned()).contains(slot);
        assertThat(visit.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(visit.pinned()).isTrue();
        assertThat(visits.forWorkOrder(workOrder)).containsExactly(visit);
        assertThat(visits.forTechnician(technician, new TimeSlot(NINE.minusSeconds(3600), NINE.plusSeconds(60))))
                .containsExactly(visit);
        assertThat(visits.forTechnician(technician, new TimeSlot(slot.end(), slot.end().plusSeconds(3600)))).isEmpty();
        assertThat(visits.forTechnician(otherTechnician, slot)).isEmpty();
        assertThat(visits.isAssigned(workOrder, technician)).isTrue();
        assertThat(visits.isAssigned(workOrder, otherTechnician)).isFalse();
    }

    @Test
    void replanIsVersionedAndAudited() {
        Visit visit = visits.create(new NewVisit(workOrder, OptionalLong.of(technician),
                Optional.of(TimeSlot.of(NINE, Duration.ofHours(1))), false), dispatcher);
        clock.advance(Duration.ofMinutes(3));

        Visit moved = visits.replan(visit.id(), visit.version(),
                new VisitPlan(OptionalLong.of(otherTechnician), Optional.of(TimeSlot.of(NINE.plusSeconds(7200), Duration.ofHours(1))), false),
                dispatcher, "customer asked for later");

        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.technicianId()).hasValue(otherTechnician);
        assertThatThrownBy(() -> visits.replan(visit.id(), visit.version(),
                new VisitPlan(OptionalLong.empty(), Optional.empty(), false), otherDispatcher, null))
                .isInstanceOfSatisfying(ConcurrentModificationException.class,
                        e -> assertThat(e.changedBy()).contains(dispatcher.displayName()));
        assertThat(visits.find(visit.id())).contains(moved);
        assertThat(new JooqAuditLog(dsl()).forEntity("visit", visit.id()))
                .extracting(e -> e.action() + "/" + e.reason().orElse(""))
                .containsExactly("plan visit/", "replan/customer asked for later");
    }

    @Test
    void badInputIsRefusedWithAClearError() {
        assertThatThrownBy(() -> new NewVisit(workOrder, OptionalLong.of(technician), Optional.empty(), false))
                .isInstanceOf(ValidationException.class).hasMessageContaining("planned time");
        assertThatThrownBy(() -> TimeSlot.of(NINE, Duration.ofMinutes(-5)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("must be after");
        assertThatThrownBy(() -> visits.create(new NewVisit(424_242, OptionalLong.empty(), Optional.empty(), false), dispatcher))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> visits.replan(424_242, 0, new VisitPlan(OptionalLong.empty(), Optional.empty(), false),
                dispatcher, null)).isInstanceOf(NotFoundException.class);
        assertThat(visits.forWorkOrder(workOrder)).isEmpty();
    }
}
