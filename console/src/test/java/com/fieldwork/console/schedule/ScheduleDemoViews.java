package com.fieldwork.console.schedule;

import com.fieldwork.console.calendar.CalendarView;
import com.fieldwork.console.calendar.CalendarViewModel;
import com.fieldwork.console.calendar.ReasonPrompt;
import com.fieldwork.console.customer.CustomerView;
import com.fieldwork.console.customer.CustomerViewModel;
import com.fieldwork.console.map.MapProviders;
import com.fieldwork.console.map.MapSettings;
import com.fieldwork.console.map.MapView;
import com.fieldwork.console.map.MapViewModel;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.console.technician.TechnicianView;
import com.fieldwork.console.technician.TechnicianViewModel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.Map;

/** Builds the map and calendar views on the demo company, as the shell will (call on the FX thread). */
final class ScheduleDemoViews {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleDemoViews.class);

    private ScheduleDemoViews() {
    }

    static MapView map(DemoSchedule demo, TaskExecutor executor) {
        MapViewModel model = new MapViewModel(demo.source(), executor, DemoSchedule.CLOCK);
        model.setOnOpenWorkOrder(id -> LOG.info("The shell would open work order #{}", id));
        MapView view = new MapView(model, MapSettings.from(key -> null, Map.copyOf(System.getenv())),
                MapProviders.standard());
        model.load();
        return view;
    }

    static CustomerView customers(DemoSchedule demo, TaskExecutor executor) {
        CustomerViewModel model = new CustomerViewModel(demo.customers(), executor);
        model.setOnOpenWorkOrder(id -> LOG.info("The shell would open work order #{}", id));
        CustomerView view = new CustomerView(model, ZoneId.of("America/Denver"));
        model.search();
        return view;
    }

    static TechnicianView technicians(DemoSchedule demo, TaskExecutor executor) {
        TechnicianViewModel model = new TechnicianViewModel(demo.technicians(), executor, DemoSchedule.CLOCK,
                ZoneId.of("America/Denver"));
        TechnicianView view = new TechnicianView(model);
        model.load();
        return view;
    }

    static CalendarView calendar(DemoSchedule demo, TaskExecutor executor, ReasonPrompt prompt) {
        CalendarViewModel model = new CalendarViewModel(demo.source(), executor, DemoSchedule.CLOCK, demo::dispatcher);
        CalendarView view = new CalendarView(model, prompt);
        model.setOnOpenWorkOrder(id -> LOG.info("The shell would open work order #{}", id));
        model.loadScopes();
        return view;
    }
}
