package com.fieldwork.core.workorder;

import com.fieldwork.core.common.GeoPoint;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The times a status change stamps on the order: the rule the SLA report and the repository rely on. */
class WorkOrderMovedTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private static final WorkOrder.Stamp DISPATCHER = new WorkOrder.Stamp(7, "Dana Dispatcher", T0);

    private final WorkOrder pending = new WorkOrder(1, new WorkOrderNumber(2026, 1), 2, 3, OptionalLong.empty(), 4,
            OptionalLong.empty(), 5, Priority.HIGH, WorkOrderStatus.PENDING, "No heat", Optional.empty(), 60,
            WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), List.of(), 0, DISPATCHER, DISPATCHER);

    @Test
    void aMoveBumpsTheVersionAndIsStampedByWhoeverMadeIt() {
        WorkOrder.Stamp tech = stamp(11, "Tom Tech", "2026-11-25T09:00:00Z");

        WorkOrder assigned = pending.moved(StatusChange.to(WorkOrderStatus.ASSIGNED), tech);

        assertThat(assigned.status()).isEqualTo(WorkOrderStatus.ASSIGNED);
        assertThat(assigned.version()).isEqualTo(1);
        assertThat(assigned.updated()).isEqualTo(tech);
        assertThat(assigned.created()).isEqualTo(DISPATCHER);
        assertThat(assigned.respondedAt()).isEmpty();
        assertThat(assigned.summary()).isEqualTo("No heat");
    }

    @Test
    void theResponseIsMetWhenTheTechnicianSetsOffAtThePhonesTimeAndStaysMet() {
        Instant leftAt = Instant.parse("2026-11-25T09:10:00Z");
        WorkOrder.Stamp syncedLater = stamp(11, "Tom Tech", "2026-11-25T10:00:00Z");
        StatusChange offline = new StatusChange(WorkOrderStatus.EN_ROUTE, Optional.empty(),
                Optional.of(new GeoPoint(39.7, -104.9)), Optional.of(leftAt));

        WorkOrder enRoute = pending.moved(offline, syncedLater);
        WorkOrder arrived = enRoute.moved(StatusChange.to(WorkOrderStatus.ARRIVED), syncedLater);

        assertThat(enRoute.respondedAt()).contains(leftAt);
        assertThat(enRoute.updated().at()).isEqualTo(syncedLater.at());
        assertThat(arrived.respondedAt()).contains(leftAt);
    }

    @Test
    void arrivingWithoutSettingOffStillCountsAsTheResponse() {
        WorkOrder.Stamp at = stamp(11, "Tom Tech", "2026-11-25T09:30:00Z");

        assertThat(pending.moved(StatusChange.to(WorkOrderStatus.ARRIVED), at).respondedAt()).contains(at.at());
        assertThat(pending.moved(StatusChange.to(WorkOrderStatus.IN_PROGRESS), at).respondedAt()).contains(at.at());
        assertThat(pending.moved(StatusChange.to(WorkOrderStatus.ON_HOLD), at).respondedAt()).isEmpty();
    }

    @Test
    void completionSurvivesClosingAndAReopenClearsBoth() {
        WorkOrder.Stamp done = stamp(11, "Tom Tech", "2026-11-25T11:00:00Z");
        WorkOrder.Stamp office = stamp(7, "Dana Dispatcher", "2026-11-25T16:00:00Z");

        WorkOrder completed = pending.moved(StatusChange.to(WorkOrderStatus.COMPLETED), done);
        WorkOrder closed = completed.moved(StatusChange.to(WorkOrderStatus.CLOSED), office);
        WorkOrder reopened = completed.moved(StatusChange.to(WorkOrderStatus.IN_PROGRESS), office);

        assertThat(completed.completedAt()).contains(done.at());
        assertThat(completed.closedAt()).isEmpty();
        assertThat(closed.completedAt()).contains(done.at());
        assertThat(closed.closedAt()).contains(office.at());
        assertThat(reopened.completedAt()).isEmpty();
        assertThat(reopened.closedAt()).isEmpty();
    }

    private static WorkOrder.Stamp stamp(long user, String name, String at) {
        return new WorkOrder.Stamp(user, name, Instant.parse(at));
    }
}
