package com.fieldwork.core.field;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ValidationException;

/** Labor and positions belong to a technician; an office user has none to record. */
public final class ActingTechnician {

    private ActingTechnician() {
    }

    public static long idOf(Actor actor) {
        return actor.technicianId().orElseThrow(() -> new ValidationException("technicianId",
                "User " + actor.username() + " is not a technician, so has no labor or position to record"));
    }
}
