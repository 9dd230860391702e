package com.fieldwork.console.calendar;

import com.fieldwork.console.schedule.FakeScheduleSource;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class VisitEntriesTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private final VisitEntries entries = new VisitEntries(DENVER, DENVER);
    private final FakeScheduleSource source = new FakeScheduleSource();
    private final Instant nine = Instant.parse("2026-12-01T16:00:00Z");

    @Test
    void aVisitAheadIsInItsPrioritysCalendarAndMayBeDragged() {
        ScheduledVisit ahead = source.visit(1, 7, nine, 60, WorkOrderStatus.ASSIGNED, Priority.HIGH, DispatchWorld.DOWNTOWN);

        assertThat(entries.calendarFor(ahead).getName()).isEqualTo("High");
        assertThat(entries.calendarFor(ahead).isReadOnly()).isFalse();
    }

    @Test
    void aLockedOrStartedVisitIsInTheReadOnlyLockedCalendarWhateverItsPriority() {
        ScheduledVisit v = source.visit(2, 7, nine, 60, WorkOrderStatus.IN_PROGRESS, Priority.EMERGENCY, DispatchWorld.DOWNTOWN);
        ScheduledVisit locked = new ScheduledVisit(v.visitId(), v.version(), v.workOrderId(), v.number(), v.summary(),
                v.siteName(), v.location(), v.status(), v.priority(), v.technicianId(), v.planned(), true);

        assertThat(entries.calendarFor(locked).getName()).isEqualTo("Locked");
        assertThat(entries.calendarFor(locked).isReadOnly()).isTrue();
        assertThat(entries.calendars()).extracting(c -> c.getName())
                .containsExactly("Emergency", "High", "Normal", "Low", "Locked", "Done");
    }

    @Test
    void titlesNameTheTechnicianShortlyForACrowdedTeamWeek() {
        ScheduledVisit v = source.visit(3, 7, nine, 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, DispatchWorld.DOWNTOWN);

        assertThat(entries.title(v, id -> "Leah Anne Baker")).isEqualTo("Leah B.: Job 3 · Assigned");
        assertThat(entries.title(v, id -> "Cher")).startsWith("Cher: ");
        assertThat(VisitEntries.shortName("  Ana   Alvarez ")).isEqualTo("Ana A.");
    }
}
