package com.fieldwork.core.technician;

import com.fieldwork.core.common.GeoPoint;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A user who goes out to jobs. {@code name} is the user's display name: a technician is a
 * user with a van, not a second person record that could drift apart from it.
 */
public record Technician(long id, long userId, long branchId, String employeeCode, String name, GeoPoint homeBase,
                         BigDecimal hourlyCost, BigDecimal hourlyRate, boolean active, long version) {

    public Technician {
        Objects.requireNonNull(employeeCode, "employeeCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(homeBase, "homeBase");
        Objects.requireNonNull(hourlyCost, "hourlyCost");
        Objects.requireNonNull(hourlyRate, "hourlyRate");
    }

    public TechnicianEdit edit() {
        return new TechnicianEdit(branchId, employeeCode, homeBase, hourlyCost, hourlyRate, active);
    }
}
