package com.fieldwork.core.technician;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything the dispatch board needs about one technician, read together. */
public record TechnicianProfile(Technician technician, List<TechnicianSkill> skills, List<WorkingHours> week) {

    public TechnicianProfile {
        Objects.requireNonNull(technician, "technician");
        skills = List.copyOf(skills);
        week = List.copyOf(week);
    }

    /** The skill at {@code minLevel} or better with a certificate valid on {@code day}. */
    public boolean qualifiedFor(long skillId, int minLevel, LocalDate day) {
        return skills.stream().anyMatch(s -> s.skill().id() == skillId && s.level() >= minLevel && s.isValidOn(day));
    }

    public Optional<WorkingHours> hoursOn(DayOfWeek day) {
        return week.stream().filter(h -> h.weekday() == day).findFirst();
    }
}
