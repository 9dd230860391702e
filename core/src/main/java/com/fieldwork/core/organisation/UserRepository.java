package com.fieldwork.core.organisation;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;

import java.util.List;
import java.util.Optional;

/**
 * Where users are kept. Passwords go in as plain text and are stored only as the
 * {@link com.fieldwork.core.security.PasswordHasher}'s hash; nothing here hands a hash out.
 */
public interface UserRepository {

    /**
     * @throws com.fieldwork.core.common.ValidationException when the password breaks {@link PasswordPolicy}
     * @throws com.fieldwork.core.common.ConflictException   when the username is taken
     */
    User create(NewUser user, CharSequence password, Actor actor);

    Optional<User> find(long id);

    /** @throws NotFoundException when there is no such user */
    default User get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    /** Usernames are stored in lower case; the lookup ignores case. */
    Optional<User> findByUsername(String username);

    /** All users by display name, inactive ones included (they still appear in history). */
    List<User> list();

    /** @throws com.fieldwork.core.common.ConcurrentModificationException naming who changed it and when */
    User update(long id, long expectedVersion, UserEdit edit, Actor actor);

    /** @throws com.fieldwork.core.common.ConcurrentModificationException naming who changed it and when */
    User changePassword(long id, long expectedVersion, CharSequence newPassword, Actor actor);

    /** The user can no longer sign in; the row stays for the history it is part of. */
    User deactivate(long id, long expectedVersion, Actor actor);

    /**
     * The active user with this username and password. Takes about as long for an unknown user
     * as for a wrong password, so timing does not tell which usernames exist.
     */
    Optional<User> verifyPassword(String username, CharSequence password);
}
