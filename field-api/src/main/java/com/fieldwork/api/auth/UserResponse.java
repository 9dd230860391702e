package com.fieldwork.api.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fieldwork.core.common.Actor;

/**
 * The signed-in user as the phone shows it. {@code technicianId} is left out for office users; a
 * technician's app uses it to ask for its own visits.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserResponse(long id, String username, String displayName, String role, Long technicianId) {

    public static UserResponse of(Actor actor) {
        Long technicianId = actor.technicianId().isPresent() ? actor.technicianId().getAsLong() : null;
        return new UserResponse(actor.userId(), actor.username(), actor.displayName(), actor.role().name(), technicianId);
    }
}
