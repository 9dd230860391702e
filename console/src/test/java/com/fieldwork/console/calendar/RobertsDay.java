package com.fieldwork.console.calendar;

import com.fieldwork.console.schedule.DispatchContext;
import com.fieldwork.console.schedule.FakeScheduleSource;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.time.Clock;
import java.util.List;

import static com.fieldwork.core.dispatch.DispatchWorld.DOWNTOWN;
import static com.fieldwork.core.dispatch.DispatchWorld.at;

/**
 * The calendar view tests' day: Robert Diaz (DispatchWorld's Tech 1, 08:00–17:00) with WO-2026-000061 at 09:00
 * and WO-2026-000062 at 11:00, an hour each downtown, seen by Tina Alvarez at 07:00.
 */
final class RobertsDay {

    private RobertsDay() {
    }

    static CalendarViewModel model(FakeScheduleSource source) {
        source.technician(1, "Robert Diaz");
        source.visit(61, 1, at(9, 0), 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, DOWNTOWN);
        source.visit(62, 1, at(11, 0), 60, WorkOrderStatus.ASSIGNED, Priority.HIGH, DOWNTOWN);
        source.context = new DispatchContext(DispatchWorld.rules(List.of(DispatchWorld.technician(1).build())),
                new DispatchPlan(List.of(DispatchWorld.job(61).on(1, at(9, 0)), DispatchWorld.job(62).on(1, at(11, 0)))));
        return new CalendarViewModel(source, new SynchronousTaskExecutor(), Clock.fixed(at(7, 0), DispatchWorld.ZONE),
                () -> new Actor(5, "dispatch", "Tina Alvarez", Role.DISPATCHER));
    }
}
