package com.fieldwork.console.schedule;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.organisation.Branch;
import com.fieldwork.core.organisation.BranchRepository;
import com.fieldwork.core.technician.Technician;
import com.fieldwork.core.technician.TechnicianRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A technician as pickers and map labels show one: name, branch (the team) and where the van starts. */
public record TechnicianSummary(long id, String name, long branchId, String branchName, GeoPoint homeBase) {

    public TechnicianSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(branchName, "branchName");
        Objects.requireNonNull(homeBase, "homeBase");
    }

    /** Active technicians of every branch, by branch then name. */
    public static List<TechnicianSummary> allActive(BranchRepository branches, TechnicianRepository technicians) {
        List<TechnicianSummary> out = new ArrayList<>();
        for (Branch branch : branches.list()) {
            for (Technician t : technicians.list(branch.id(), true)) {
                out.add(new TechnicianSummary(t.id(), t.name(), branch.id(), branch.name(), t.homeBase()));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
