package com.fieldwork.core.dispatch;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.TechnicianProfile;
import com.fieldwork.core.technician.TechnicianSkill;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A technician as the dispatch engine sees it: skills, usual week (with breaks), absences, where they
 * are now and what their van carries. Independent of any repository.
 *
 * @param position  last known position; empty when unknown (the home base stands in)
 * @param vanStock  parts available in the van (on hand less reserved), by part id
 */
public record DispatchTechnician(TechnicianProfile profile, List<Absence> absences, Optional<GeoPoint> position,
                                 Map<Long, BigDecimal> vanStock) {

    public DispatchTechnician {
        Objects.requireNonNull(profile, "profile");
        absences = absences.stream().sorted(Comparator.comparing(a -> a.period().start())).toList();
        Objects.requireNonNull(position, "position");
        vanStock = Map.copyOf(vanStock);
    }

    public long id() {
        return profile.technician().id();
    }

    public String name() {
        return profile.technician().name();
    }

    public GeoPoint homeBase() {
        return profile.technician().homeBase();
    }

    /** Where a plan for today starts from: the current position, else the home base. */
    public GeoPoint startPoint() {
        return position.orElse(homeBase());
    }

    public Optional<TechnicianSkill> skill(long skillId) {
        return profile.skills().stream().filter(s -> s.skill().id() == skillId).findFirst();
    }

    public BigDecimal inVan(long partId) {
        return vanStock.getOrDefault(partId, BigDecimal.ZERO);
    }

    /** Absences that share any instant with {@code slot}: a visit may not even touch one. */
    public List<Absence> absencesDuring(TimeSlot slot) {
        return absences.stream().filter(a -> a.period().overlaps(slot)).toList();
    }

    public boolean qualifiedFor(NeededSkill needed, LocalDate day) {
        return profile.qualifiedFor(needed.skill().id(), needed.minLevel(), day);
    }
}
