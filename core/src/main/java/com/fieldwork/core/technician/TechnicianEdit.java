package com.fieldwork.core.technician;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.util.Objects;

/** The fields of a technician an office user may set. Cost is what we pay, rate what we bill. */
public record TechnicianEdit(long branchId, String employeeCode, GeoPoint homeBase, BigDecimal hourlyCost,
                             BigDecimal hourlyRate, boolean active) {

    public TechnicianEdit {
        if (branchId <= 0) {
            throw new ValidationException("branchId", "branchId must be a positive id, got " + branchId);
        }
        employeeCode = Text.required("employeeCode", employeeCode, 20);
        Objects.requireNonNull(homeBase, "homeBase");
        hourlyCost = Money.hourly("hourlyCost", hourlyCost);
        hourlyRate = Money.hourly("hourlyRate", hourlyRate);
    }
}
