package com.fieldwork.console.technician;

import com.fieldwork.console.schedule.TechnicianSummary;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.TechnicianProfile;
import com.fieldwork.core.technician.TechnicianSkill;
import com.fieldwork.core.technician.WorkingHours;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Technicians by branch and, for the one selected, skills with level and certificate expiry, the usual
 * week and absences from a month back to three months ahead. Read-only: edits are the admin's.
 */
public final class TechnicianViewModel {

    /** A certificate this close to its end is flagged so the office books the renewal in time. */
    static final int EXPIRY_WARNING_DAYS = 30;

    private final TechnicianDirectory directory;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ZoneId zone;

    private final ObservableList<TechnicianSummary> technicians = FXCollections.observableArrayList();
    private final ObservableList<TechnicianSummary> techniciansView = FXCollections.unmodifiableObservableList(technicians);
    private final ObservableList<String> skills = FXCollections.observableArrayList();
    private final ObservableList<String> skillsView = FXCollections.unmodifiableObservableList(skills);
    private final ObservableList<String> week = FXCollections.observableArrayList();
    private final ObservableList<String> weekView = FXCollections.unmodifiableObservableList(week);
    private final ObservableList<Absence> absences = FXCollections.observableArrayList();
    private final ObservableList<Absence> absencesView = FXCollections.unmodifiableObservableList(absences);
    private final ObjectProperty<TechnicianSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public TechnicianViewModel(TechnicianDirectory directory, TaskExecutor executor, Clock clock, ZoneId zone) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        selected.addListener((obs, was, now) -> loadDetail(now));
    }

    public void load() {
        executor.submit("Loading technicians", p -> directory.technicians(), all -> {
            TechnicianSummary keep = selected.get();
            technicians.setAll(all);
            status.set(all.size() + " technicians");
            if (keep != null) {
                selected.set(all.stream().filter(t -> t.id() == keep.id()).findFirst().orElse(null));
            }
        }, this::failed);
    }

    private void loadDetail(TechnicianSummary technician) {
        skills.clear();
        week.clear();
        absences.clear();
        if (technician == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        TimeSlot range = new TimeSlot(today.minusDays(30).atStartOfDay(zone).toInstant(),
                today.plusDays(90).atStartOfDay(zone).toInstant());
        executor.submit("Loading " + technician.name(), p -> new Detail(directory.profile(technician.id()),
                directory.absences(technician.id(), range)), detail -> {
            if (technician.equals(selected.get())) {
                skills.setAll(detail.profile.skills().stream().map(s -> skillLine(s, today)).toList());
                week.setAll(detail.profile.week().stream().map(TechnicianViewModel::hoursLine).toList());
                absences.setAll(detail.absences);
            }
        }, this::failed);
    }

    private record Detail(TechnicianProfile profile, List<Absence> absences) {
    }

    /** "HVAC level 3 · certified until 2026-04-01 (expires in 22 days)". */
    static String skillLine(TechnicianSkill skill, LocalDate today) {
        String head = skill.skill().code() + " " + skill.skill().name() + " · level " + skill.level();
        return skill.certifiedUntil().map(until -> {
            long days = ChronoUnit.DAYS.between(today, until);
            String note = days < 0 ? "EXPIRED " + -days + " days ago"
                    : days <= EXPIRY_WARNING_DAYS ? "expires in " + days + " days" : null;
            return head + " · certified until " + until + (note == null ? "" : " (" + note + ")");
        }).orElse(head + " · no expiry");
    }

    /** "Monday 08:00–17:00, break 12:00 for 30 min". */
    static String hoursLine(WorkingHours hours) {
        return hours.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + hours.start() + "–" + hours.end()
                + hours.breakStart().map(b -> ", break " + b + " for " + hours.breakMinutes() + " min").orElse("");
    }

    /** What the shell's change-feed poller calls: technicians reload the list, absences the selected detail. */
    public void applyChanges(Collection<Change> changes) {
        TechnicianSummary shown = selected.get();
        boolean list = changes.stream().anyMatch(c -> c.entity().equals("technician") || c.entity().equals("branch"));
        boolean detail = shown != null && changes.stream().anyMatch(c -> c.entity().equals("absence")
                || c.entity().equals("technician") && c.entityId().equals(Long.toString(shown.id())));
        if (list) {
            load();
        }
        if (detail) {
            loadDetail(shown);
        }
    }

    private void failed(Throwable failure) {
        status.set("Could not load: " + failure.getMessage());
    }

    public ObservableList<TechnicianSummary> technicians() {
        return techniciansView;
    }

    public ObservableList<String> skills() {
        return skillsView;
    }

    public ObservableList<String> week() {
        return weekView;
    }

    public ObservableList<Absence> absences() {
        return absencesView;
    }

    public ObjectProperty<TechnicianSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone;
    }
}
