package com.fieldwork.console.schedule;

import com.fieldwork.core.common.GeoPoint;

import java.util.Objects;

/** A technician as pickers and map labels show one: name, branch (the team) and where the van starts. */
public record TechnicianSummary(long id, String name, long branchId, String branchName, GeoPoint homeBase) {

    public TechnicianSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(branchName, "branchName");
        Objects.requireNonNull(homeBase, "homeBase");
    }

    @Override
    public String toString() {
        return name;
    }
}
