package com.fieldwork.core.dispatch.recommend;

import com.fieldwork.core.dispatch.DispatchTechnician;

import java.util.List;
import java.util.Objects;

/** A technician the hard filters ruled out, with every reason found. */
public record Rejection(DispatchTechnician technician, List<String> reasons) {

    public Rejection {
        Objects.requireNonNull(technician, "technician");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A rejection says why");
        }
    }
}
