package com.fieldwork.core.technician;

import com.fieldwork.core.common.ValidationException;

import java.util.Objects;

/** Gives an existing user a technician profile. */
public record NewTechnician(long userId, TechnicianEdit details) {

    public NewTechnician {
        if (userId <= 0) {
            throw new ValidationException("userId", "userId must be a positive id, got " + userId);
        }
        Objects.requireNonNull(details, "details");
    }
}
