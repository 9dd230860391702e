package com.fieldwork.console.shell;

import com.fieldwork.console.billing.InvoicesView;
import com.fieldwork.console.billing.InvoicesViewModel;
import com.fieldwork.console.board.BoardView;
import com.fieldwork.console.board.BoardViewModel;
import com.fieldwork.console.calendar.CalendarView;
import com.fieldwork.console.calendar.CalendarViewModel;
import com.fieldwork.console.customer.CustomerDirectory;
import com.fieldwork.console.customer.CustomerView;
import com.fieldwork.console.customer.CustomerViewModel;
import com.fieldwork.console.inventory.InventoryView;
import com.fieldwork.console.inventory.InventoryViewModel;
import com.fieldwork.console.map.MapProviders;
import com.fieldwork.console.map.MapView;
import com.fieldwork.console.map.MapViewModel;
import com.fieldwork.console.schedule.ChangedEntities;
import com.fieldwork.console.schedule.PortScheduleSource;
import com.fieldwork.console.schedule.SchedulePorts;
import com.fieldwork.console.schedule.ScheduleSource;
import com.fieldwork.console.technician.TechnicianDirectory;
import com.fieldwork.console.technician.TechnicianView;
import com.fieldwork.console.technician.TechnicianViewModel;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.dispatch.board.BoardDispatchService;
import javafx.scene.Node;

import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the board, calendar, map, customers, technicians, inventory and invoices views from the console's services, and
 * keeps each live: every batch from the change feed goes to the view, which reloads only what it names.
 */
final class ScheduleViews {

    private ScheduleViews() {
    }

    static ConsoleView board(ViewContext context) {
        var services = context.services();
        var schedule = services.schedule();
        BoardViewModel model = new BoardViewModel(schedule.boardReads(),
                new BoardDispatchService(schedule.boardWrites()), schedule.travel(),
                context.actor(), services.clock(), context.executor());
        BoardView view = new BoardView(model);
        model.load();
        return hosted(view, context, changes -> {
            ChangedEntities changed = ChangedEntities.of(changes);
            if (changed.everything()) {
                model.load();
            } else {
                model.refresh(changed.workOrders(), changed.visits());
            }
        }, view::dispose);
    }

    static ConsoleView calendar(ViewContext context) {
        CalendarViewModel model = new CalendarViewModel(source(context), context.executor(),
                context.services().clock(), context::actor);
        model.setOnOpenWorkOrder(context.openWorkOrder());
        CalendarView view = new CalendarView(model);
        model.loadScopes();
        return hosted(view, context, model::applyChanges);
    }

    static ConsoleView map(ViewContext context) {
        MapViewModel model = new MapViewModel(source(context), context.executor(), context.services().clock());
        model.setOnOpenWorkOrder(context.openWorkOrder());
        MapView view = new MapView(model, context.services().schedule().map(), MapProviders.standard());
        model.load();
        return hosted(view, context, model::applyChanges);
    }

    static ConsoleView customers(ViewContext context) {
        var services = context.services();
        CustomerViewModel model = new CustomerViewModel(CustomerDirectory.of(services.customers(), services.assets()),
                context.executor());
        model.setOnOpenWorkOrder(context.openWorkOrder());
        CustomerView view = new CustomerView(model, services.zone());
        model.search();
        return hosted(view, context, model::applyChanges);
    }

    static ConsoleView technicians(ViewContext context) {
        var services = context.services();
        TechnicianViewModel model = new TechnicianViewModel(
                TechnicianDirectory.of(services.branches(), services.technicians()), context.executor(),
                services.clock(), services.zone());
        TechnicianView view = new TechnicianView(model);
        model.load();
        return hosted(view, context, model::applyChanges);
    }

    static ConsoleView inventory(ViewContext context) {
        var services = context.services();
        InventoryViewModel model = new InventoryViewModel(services.inventory().reads(), services.schedule().stock(),
                context.executor(), context.actor(), services.zone());
        InventoryView view = new InventoryView(model);
        model.load();
        return hosted(view, context, model::applyChanges);
    }

    static ConsoleView invoices(ViewContext context) {
        var services = context.services();
        InvoicesViewModel model = new InvoicesViewModel(services.billing().service(), services.billing().printer(),
                context.executor(), context.actor(), services.clock(), services.zone());
        InvoicesView view = new InvoicesView(model);
        model.load();
        return hosted(view, context, model::applyChanges);
    }

    private static ScheduleSource source(ViewContext context) {
        var services = context.services();
        var schedule = services.schedule();
        return new PortScheduleSource(new SchedulePorts(services.branches(), services.technicians(), services.skills(),
                services.visits(), services.workOrders(), services.customers(), schedule.pings(), services.parts(),
                schedule.stockLocations(), schedule.stock(), schedule.days()));
    }

    private static ConsoleView hosted(Node node, ViewContext context, Consumer<List<Change>> onChanges) {
        return hosted(node, context, onChanges, () -> { });
    }

    private static ConsoleView hosted(Node node, ViewContext context, Consumer<List<Change>> onChanges,
                                      Runnable disposeView) {
        AutoCloseable subscription = context.changes().subscribeAll(onChanges);
        return new ConsoleView() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public void dispose() {
                try {
                    subscription.close();
                } catch (Exception e) {
                    throw new IllegalStateException("Could not unsubscribe a view from the change feed", e);
                }
                disposeView.run();
            }
        };
    }
}
