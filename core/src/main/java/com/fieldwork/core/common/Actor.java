package com.fieldwork.core.common;

import com.fieldwork.core.security.Permission;
import com.fieldwork.core.security.PermissionMatrix;
import com.fieldwork.core.security.Role;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Who is doing something: the signed-in user, or the system itself. Use cases take an actor so that
 * permission checks, "own jobs" and the audit log all see the same caller.
 *
 * @param userId       the user's id; 0 only for {@link #system()}
 * @param username     the login name, recorded in the audit log
 * @param displayName  the name shown to other users ("changed by …")
 * @param role         what the actor may do, see {@link PermissionMatrix}
 * @param technicianId the technician profile of a user who goes out to jobs; always present for a
 *                     {@link Role#TECHNICIAN}, since a technician's work is found through it
 */
public record Actor(long userId, String username, String displayName, Role role, OptionalLong technicianId) {

    private static final long SYSTEM_USER_ID = 0;
    private static final String SYSTEM_USERNAME = "system";
    private static final Actor SYSTEM = new Actor(SYSTEM_USER_ID, SYSTEM_USERNAME, "System", Role.SUPER_ADMIN,
            OptionalLong.empty());

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(technicianId, "technicianId");
        if (userId < 0) {
            throw new ValidationException("userId", "A user id cannot be negative, got " + userId);
        }
        if (userId == SYSTEM_USER_ID && !SYSTEM_USERNAME.equals(username)) {
            // Stored users start at 1; 0 is how the audit log tells the system from a person.
            throw new ValidationException("userId", "User id 0 is reserved for the system, not " + username);
        }
        if (username.isBlank()) {
            throw new ValidationException("username", "A username cannot be blank");
        }
        if (displayName.isBlank()) {
            throw new ValidationException("displayName", "A display name cannot be blank");
        }
        if (technicianId.isPresent() && technicianId.getAsLong() <= 0) {
            throw new ValidationException("technicianId",
                    "A technician id must be positive, got " + technicianId.getAsLong());
        }
        if (role == Role.TECHNICIAN && technicianId.isEmpty()) {
            throw new ValidationException("technicianId",
                    "User " + username + " has the Technician role but no technician profile");
        }
    }

    /** An office user who does not go out to jobs. */
    public Actor(long userId, String username, String displayName, Role role) {
        this(userId, username, displayName, role, OptionalLong.empty());
    }

    /**
     * The application acting on its own: scheduled jobs, recurring orders, imports. It may do anything,
     * and the audit log shows "system" rather than a person.
     */
    public static Actor system() {
        return SYSTEM;
    }

    public boolean isSystem() {
        return userId == SYSTEM_USER_ID;
    }

    public boolean can(Permission permission) {
        return PermissionMatrix.allows(role, permission);
    }

    /** @throws com.fieldwork.core.security.PermissionDeniedException when this actor's role lacks it */
    public void require(Permission permission) {
        PermissionMatrix.require(role, permission);
    }
}
