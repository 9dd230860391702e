package com.fieldwork.core.technician;

import com.fieldwork.core.common.ValidationException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A skill a technician holds. Without a certification date the skill does not expire. */
public record TechnicianSkill(Skill skill, int level, Optional<LocalDate> certifiedUntil) {

    public TechnicianSkill {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(certifiedUntil, "certifiedUntil");
        if (level < SkillLevel.MIN_LEVEL || level > SkillLevel.MAX_LEVEL) {
            throw new ValidationException("level", "A skill level runs from 1 to 5, got " + level);
        }
    }

    /** The certificate still holds on {@code day} (it is valid through its last day). */
    public boolean isValidOn(LocalDate day) {
        return certifiedUntil.map(until -> !day.isAfter(until)).orElse(true);
    }

    public SkillLevel asLevel() {
        return new SkillLevel(skill.id(), level, certifiedUntil);
    }
}
