package com.fieldwork.console.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.console.schedule.TechnicianSummary;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.workorder.Priority;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * Visits as CalendarFX entries: one calendar per priority (its colour), visits under way or locked in a
 * read-only "Locked" calendar (CalendarFX then offers no handle to drag them by, which the edit policy would
 * refuse anyway) and finished visits in a read-only "Done" calendar. Entries carry the company's wall-clock times, whatever zone the workstation is in
 * (CalendarFX draws in the machine's zone), and a drop is read back the same way.
 */
public final class VisitEntries {

    private final ZoneId company;
    private final ZoneId screen;
    private final Map<Priority, Calendar> byPriority = new EnumMap<>(Priority.class);
    private final Calendar locked = new Calendar("Locked");
    private final Calendar done = new Calendar("Done");

    public VisitEntries(ZoneId company, ZoneId screen) {
        this.company = Objects.requireNonNull(company, "company");
        this.screen = Objects.requireNonNull(screen, "screen");
        style(Priority.EMERGENCY, Calendar.Style.STYLE5);
        style(Priority.HIGH, Calendar.Style.STYLE6);
        style(Priority.NORMAL, Calendar.Style.STYLE2);
        style(Priority.LOW, Calendar.Style.STYLE3);
        locked.setStyle(Calendar.Style.STYLE1);
        locked.setReadOnly(true);
        done.setStyle(Calendar.Style.STYLE7);
        done.setReadOnly(true);
    }

    private void style(Priority priority, Calendar.Style style) {
        Calendar calendar = new Calendar(priority.label());
        calendar.setShortName(priority.label().substring(0, 1));
        calendar.setStyle(style);
        byPriority.put(priority, calendar);
    }

    /** Every calendar, most urgent first. */
    public List<Calendar> calendars() {
        List<Calendar> all = new ArrayList<>(byPriority.values());
        all.add(locked);
        all.add(done);
        return all;
    }

    public Calendar calendarFor(ScheduledVisit visit) {
        if (visit.finished()) {
            return done;
        }
        return visit.pinned() ? locked : byPriority.get(visit.priority());
    }

    /**
     * @param technicians names for team calendars, where the title says whose visit it is
     */
    public Entry<ScheduledVisit> entry(ScheduledVisit visit, LongFunction<String> technicians) {
        TimeSlot slot = visit.planned().orElseThrow(() -> new IllegalArgumentException(visit.number() + " is not planned"));
        Entry<ScheduledVisit> entry = new Entry<>(title(visit, technicians), interval(slot), Long.toString(visit.visitId()));
        entry.setLocation(visit.number() + " · " + visit.siteName());
        entry.setUserObject(visit);
        return entry;
    }

    public String title(ScheduledVisit visit, LongFunction<String> technicians) {
        String who = visit.technicianId().isPresent() ? technicians.apply(visit.technicianId().getAsLong()) : null;
        // what a dispatcher scans for first: who and what; the number is on the second line. A team's week
        // puts several technicians side by side in a day, so "Leah B." rather than the whole name.
        return (who == null ? "" : shortName(who) + ": ") + visit.summary() + (visit.pinned() ? " (locked)" : "")
                + " · " + visit.status().label();
    }

    static String shortName(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts.length < 2 ? name.strip() : parts[0] + " " + parts[parts.length - 1].charAt(0) + ".";
    }

    public Interval interval(TimeSlot slot) {
        return new Interval(wallClock(slot.start()), wallClock(slot.end()), screen);
    }

    /** Where an entry now starts, as an instant in the company's zone. */
    public Instant start(Entry<?> entry) {
        return entry.getStartAsLocalDateTime().atZone(company).toInstant();
    }

    private LocalDateTime wallClock(Instant instant) {
        return instant.atZone(company).toLocalDateTime();
    }

    /** A technician lookup for titles from the loaded list. */
    public static LongFunction<String> names(List<TechnicianSummary> technicians) {
        Map<Long, String> names = new HashMap<>();
        technicians.forEach(t -> names.put(t.id(), t.name()));
        return names::get;
    }
}
