package com.fieldwork.console.technician;

import com.fieldwork.console.schedule.TechnicianSummary;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.organisation.BranchRepository;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.TechnicianProfile;
import com.fieldwork.core.technician.TechnicianRepository;

import java.util.List;
import java.util.OptionalLong;

/** The reads the technicians view needs, narrow enough for a test fake; {@link #of} answers from core's ports. */
public interface TechnicianDirectory {

    /** Active technicians, by branch then name. */
    List<TechnicianSummary> technicians();

    TechnicianProfile profile(long technicianId);

    List<Absence> absences(long technicianId, TimeSlot range);

    static TechnicianDirectory of(BranchRepository branches, TechnicianRepository technicians) {
        return new TechnicianDirectory() {
            @Override
            public List<TechnicianSummary> technicians() {
                return TechnicianSummary.allActive(branches, technicians);
            }

            @Override
            public TechnicianProfile profile(long technicianId) {
                return technicians.profile(technicianId);
            }

            @Override
            public List<Absence> absences(long technicianId, TimeSlot range) {
                return technicians.absencesBetween(OptionalLong.of(technicianId), range);
            }
        };
    }
}
