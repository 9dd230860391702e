package com.fieldwork.console.calendar;

import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayViewBase;
import com.fieldwork.console.schedule.ScheduleStyles;
import com.fieldwork.console.schedule.ScheduledVisit;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

/**
 * Day, week and month of a technician or a team on CalendarFX. Dragging a visit moves it only through the
 * view model: CalendarFX's drop is put back at once and the model decides (conflict check, reason, save);
 * the entry then moves when the saved visit comes back.
 */
public final class CalendarView extends BorderPane {

    private final CalendarViewModel model;
    private final com.calendarfx.view.CalendarView calendar =
            new com.calendarfx.view.CalendarView(com.calendarfx.view.CalendarView.Page.DAY,
                    com.calendarfx.view.CalendarView.Page.WEEK, com.calendarfx.view.CalendarView.Page.MONTH);
    private final Map<Long, Entry<ScheduledVisit>> entries = new HashMap<>();
    private final ReasonPrompt prompt;
    private VisitEntries mapping;
    /** True while the view itself moves entries, so those moves are not taken for the dispatcher's drops. */
    private boolean syncing;

    /** The console's calendar: conflicts are asked about in a {@link ReasonDialog}, refusals shown in an alert. */
    public CalendarView(CalendarViewModel model) {
        this(model, null);
    }

    /** @param prompt how a conflicting drop is asked about; {@code null} for the {@link ReasonDialog} */
    public CalendarView(CalendarViewModel model, ReasonPrompt prompt) {
        this.model = model;
        this.prompt = prompt != null ? prompt : ReasonDialog.over(this);
        if (prompt == null) {
            model.setOnProblem(this::alert);
        }
        getStyleClass().add("calendar-view");
        ScheduleStyles.apply(this);
        configureCalendar();
        setTop(toolbar());
        setCenter(calendar);
        model.visits().addListener((ListChangeListener<ScheduledVisit>) c -> sync());
        model.scopeProperty().addListener((obs, was, now) -> sync());
        calendar.dateProperty().addListener((obs, was, now) -> requestDates());
        calendar.selectedPageProperty().addListener((obs, was, now) -> requestDates());
        model.scopes().addListener((ListChangeListener<CalendarScope>) c -> {
            if (mapping == null && !model.scopes().isEmpty()) {
                start();
            }
        });
    }

    private void configureCalendar() {
        calendar.setId("visit-calendar");
        calendar.setShowAddCalendarButton(false);
        calendar.setShowPrintButton(false);
        calendar.setShowSourceTrayButton(false);
        calendar.setShowSearchField(false);
        calendar.setShowDeveloperConsole(false);
        calendar.setEntryFactory(param -> null); // visits are created from work orders, not by clicking here
        calendar.setEntryEditPolicy(this::mayEdit);
        calendar.setEntryDetailsCallback(param -> {
            if (param.getEntry().getUserObject() instanceof ScheduledVisit visit) {
                model.openJob(visit);
            }
            return true;
        });
        calendar.setEntryContextMenuCallback(param -> null);
        calendar.setContextMenuCallback(param -> null);
        calendar.setStartTime(LocalTime.of(6, 0));
        calendar.setEndTime(LocalTime.of(20, 0));
        // a working day fills the screen; the night is squeezed rather than scrolled through
        for (DayViewBase day : new DayViewBase[]{calendar.getDayPage().getDetailedDayView().getDayView(),
                calendar.getWeekPage().getDetailedWeekView().getWeekView()}) {
            day.setEarlyLateHoursStrategy(DayViewBase.EarlyLateHoursStrategy.SHOW_COMPRESSED);
            day.setHoursLayoutStrategy(DayViewBase.HoursLayoutStrategy.FIXED_HOUR_COUNT);
            day.setVisibleHours(14);
        }
        calendar.showWeekPage();
    }

    /** Only moves, and only of visits still ahead of the technician; no resizing, no deleting here. */
    private Boolean mayEdit(DateControl.EntryEditParameter param) {
        if (param.getEditOperation() != DateControl.EditOperation.MOVE) {
            return false;
        }
        return param.getEntry().getUserObject() instanceof ScheduledVisit visit && !visit.pinned() && !visit.finished();
    }

    private Region toolbar() {
        ComboBox<CalendarScope> scope = new ComboBox<>(model.scopes());
        scope.setId("calendar-scope");
        scope.setPromptText("Technician or team");
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        Label status = new Label();
        status.setId("calendar-status");
        status.getStyleClass().add("calendar-status");
        status.textProperty().bind(model.statusProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label hint = new Label("Drag a visit to reschedule it; double-click to open the job");
        hint.getStyleClass().add("calendar-hint");
        // on a narrow window the hint gives way first; the legend and the scope's label keep their words
        hint.setMinWidth(0);
        Label of = new Label("Calendar of");
        of.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, of, scope, busy, hint, spring, legend(), status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("calendar-toolbar");
        return bar;
    }

    /** The calendars' colours, which CalendarFX shows only in its (hidden) source tray. */
    private static HBox legend() {
        HBox legend = new HBox(8);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (String[] item : new String[][]{{"emergency", "Emergency"}, {"high", "High"}, {"normal", "Normal"},
                {"low", "Low"}, {"locked", "Locked"}, {"done", "Done"}}) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("calendar-swatch", "calendar-swatch-" + item[0]);
            Label label = new Label(item[1], swatch);
            label.getStyleClass().add("calendar-legend-item");
            label.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(label);
        }
        return legend;
    }

    /** Once the model knows the company's zone (its scopes have loaded): calendars, today, first dates. */
    private void start() {
        ZoneId company = model.zone();
        mapping = new VisitEntries(company, ZoneId.systemDefault());
        CalendarSource source = new CalendarSource("Visits");
        source.getCalendars().setAll(mapping.calendars());
        EventHandler<CalendarEvent> onChange = this::entryChanged;
        mapping.calendars().forEach(c -> c.addEventHandler(onChange));
        calendar.getCalendarSources().setAll(source);
        LocalDate today = model.today();
        calendar.setToday(today);
        calendar.setDate(today);
        calendar.setTime(model.timeNow());
        requestDates();
        sync();
    }

    private void requestDates() {
        if (mapping == null) {
            return;
        }
        LocalDate date = calendar.getDate();
        com.calendarfx.view.CalendarView.Page page = calendar.getSelectedPage();
        if (page == com.calendarfx.view.CalendarView.Page.DAY) {
            model.showDates(date, date.plusDays(1));
        } else if (page == com.calendarfx.view.CalendarView.Page.MONTH) {
            LocalDate first = date.withDayOfMonth(1);
            model.showDates(first.minusDays(7), first.plusMonths(1).plusDays(7)); // the month grid shows its edges
        } else {
            LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            model.showDates(monday, monday.plusDays(7));
        }
    }

    /** Brings the entries in line with the model's visits, touching only what changed. */
    private void sync() {
        if (mapping == null) {
            return;
        }
        syncing = true;
        try {
            Map<Long, ScheduledVisit> wanted = new HashMap<>();
            model.visits().stream().filter(v -> v.planned().isPresent()).forEach(v -> wanted.put(v.visitId(), v));
            entries.entrySet().removeIf(e -> {
                boolean gone = !wanted.containsKey(e.getKey());
                if (gone) {
                    e.getValue().removeFromCalendar();
                }
                return gone;
            });
            wanted.forEach((id, visit) -> {
                Entry<ScheduledVisit> existing = entries.get(id);
                if (existing != null && visit.equals(existing.getUserObject())) {
                    return;
                }
                if (existing != null) {
                    existing.removeFromCalendar();
                }
                Entry<ScheduledVisit> entry = mapping.entry(visit, model.titleNames());
                mapping.calendarFor(visit).addEntry(entry);
                entries.put(id, entry);
            });
        } finally {
            syncing = false;
        }
    }

    @SuppressWarnings("unchecked")
    private void entryChanged(CalendarEvent event) {
        if (syncing || event.getEventType() != CalendarEvent.ENTRY_INTERVAL_CHANGED
                || !(event.getEntry().getUserObject() instanceof ScheduledVisit visit)) {
            return;
        }
        Entry<ScheduledVisit> entry = (Entry<ScheduledVisit>) event.getEntry();
        Instant newStart = mapping.start(entry);
        syncing = true;
        try {
            entry.setInterval(event.getOldInterval()); // the model decides; until then it stays put
        } finally {
            syncing = false;
        }
        model.drop(visit.visitId(), newStart, prompt);
    }

    private void alert(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.setHeaderText("The visit was not moved");
        alert.show(); // not showAndWait: it may come from a background save's callback
    }

    public CalendarViewModel model() {
        return model;
    }

    /** CalendarFX's own view, for tests that drive it. */
    com.calendarfx.view.CalendarView calendarControl() {
        return calendar;
    }

    Map<Long, Entry<ScheduledVisit>> entries() {
        return entries;
    }
}
