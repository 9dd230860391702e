package com.fieldwork.console.shell;

import com.fieldwork.console.workorder.WorkOrdersView;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which view each navigation entry opens: the one place to wire a new view in. An entry without a
 * factory shows a placeholder saying the view is not there yet.
 */
public final class ConsoleViews {

    private final Map<Destination, ViewFactory> factories = new EnumMap<>(Destination.class);

    /** The views the console has today. */
    public static ConsoleViews standard() {
        return new ConsoleViews()
                .with(Destination.BOARD, ScheduleViews::board)
                .with(Destination.CALENDAR, ScheduleViews::calendar)
                .with(Destination.MAP, ScheduleViews::map)
                .with(Destination.WORK_ORDERS, WorkOrdersView::new)
                .with(Destination.CUSTOMERS, ScheduleViews::customers)
                .with(Destination.TECHNICIANS, ScheduleViews::technicians)
                .with(Destination.INVENTORY, ScheduleViews::inventory)
                .with(Destination.INVOICES, ScheduleViews::invoices);
    }

    public ConsoleViews with(Destination destination, ViewFactory factory) {
        factories.put(destination, factory);
        return this;
    }

    public Optional<ViewFactory> factoryFor(Destination destination) {
        return Optional.ofNullable(factories.get(destination));
    }
}
