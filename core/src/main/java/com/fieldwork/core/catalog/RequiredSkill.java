package com.fieldwork.core.catalog;

import com.fieldwork.core.common.ValidationException;

/** A skill a job needs, at least at this level (1 = trainee … 5 = expert). */
public record RequiredSkill(long skillId, int minLevel) {

    public RequiredSkill {
        if (skillId <= 0) {
            throw new ValidationException("skillId", "A skill id must be positive, got " + skillId);
        }
        if (minLevel < 1 || minLevel > 5) {
            throw new ValidationException("minLevel", "A skill level is from 1 to 5, got " + minLevel);
        }
    }
}
