package com.fieldwork.core.dispatch;

import com.fieldwork.core.technician.Skill;

import java.util.Objects;

/** A skill a job needs, resolved from the catalogue so explanations can name it ("HVAC level 2"). */
public record NeededSkill(Skill skill, int minLevel) {

    public NeededSkill {
        Objects.requireNonNull(skill, "skill");
    }

    @Override
    public String toString() {
        return skill.code() + " level " + minLevel;
    }
}
