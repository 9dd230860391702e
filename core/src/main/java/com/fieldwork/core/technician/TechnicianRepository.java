package com.fieldwork.core.technician;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.TimeSlot;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where technicians, their skills, usual week and absences are kept. Every write is one audited
 * transaction; changing skills or the week is an edit of the technician and bumps its version.
 */
public interface TechnicianRepository {

    /** @throws com.fieldwork.core.common.ConflictException when the user already is a technician or the code is taken */
    Technician create(NewTechnician technician, Actor actor);

    Optional<Technician> find(long id);

    /** @throws NotFoundException when there is no such technician */
    default Technician get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("technician", id));
    }

    /** The branch's technicians by name. */
    List<Technician> list(long branchId, boolean activeOnly);

    /** @throws com.fieldwork.core.common.ConcurrentModificationException naming who changed it and when */
    Technician update(long id, long expectedVersion, TechnicianEdit edit, Actor actor);

    /** @throws NotFoundException when there is no such technician */
    TechnicianProfile profile(long id);

    /** Replaces the whole set; a skill may appear once. */
    Technician setSkills(long id, long expectedVersion, List<SkillLevel> skills, Actor actor);

    /** Replaces the whole week; a weekday may appear once. */
    Technician setWorkingHours(long id, long expectedVersion, List<WorkingHours> week, Actor actor);

    Absence addAbsence(long technicianId, NewAbsence absence, Actor actor);

    /** @throws NotFoundException when there is no such absence */
    void removeAbsence(long absenceId, Actor actor);

    /** Absences overlapping {@code range}, of one technician or (empty) everyone, by start. */
    List<Absence> absencesBetween(OptionalLong technicianId, TimeSlot range);
}
