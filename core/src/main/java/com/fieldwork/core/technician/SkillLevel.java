package com.fieldwork.core.technician;

import com.fieldwork.core.common.ValidationException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Input for {@link TechnicianRepository#setSkills}: which skill, how good, certified until when. */
public record SkillLevel(long skillId, int level, Optional<LocalDate> certifiedUntil) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;

    public SkillLevel {
        if (skillId <= 0) {
            throw new ValidationException("skillId", "skillId must be a positive id, got " + skillId);
        }
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new ValidationException("level", "A skill level runs from 1 to 5, got " + level);
        }
        Objects.requireNonNull(certifiedUntil, "certifiedUntil");
    }
}
