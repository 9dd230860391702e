package com.fieldwork.core.security;

import com.fieldwork.core.common.Actor;

import java.util.Optional;

/** Turns a signed-in user into the {@link Actor} the use cases take. */
public interface ActiveActors {

    /**
     * The active user as an actor, with their technician profile when they have one; empty for an
     * unknown or deactivated user, and for a Technician whose profile is missing (they could not
     * find any of their jobs anyway).
     */
    Optional<Actor> find(long userId);
}
