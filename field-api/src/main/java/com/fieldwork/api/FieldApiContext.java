package com.fieldwork.api;

import com.fieldwork.core.security.Authentication;
import com.fieldwork.core.security.LoginThrottle;
import com.fieldwork.db.Database;
import com.fieldwork.db.organisation.JooqUserRepository;
import com.fieldwork.db.security.BcryptPasswordHasher;
import com.fieldwork.db.security.JooqActiveActors;
import com.fieldwork.db.security.JooqLoginFailures;
import com.fieldwork.db.security.JooqSessionTokens;

import java.time.Clock;
import java.util.Objects;

/**
 * Everything the handlers of the field API need, built once by the wiring code.
 *
 * @param database the open, migrated database of truth
 * @param clock    the source of "now" for every handler (fixed in tests)
 * @param version  the application version reported by {@code /health}
 */
public record FieldApiContext(Database database, Clock clock, String version) {

    public FieldApiContext {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(version, "version");
    }

    /** The usual context: the system clock and the version this build was made as. */
    public static FieldApiContext of(Database database) {
        return new FieldApiContext(database, Clock.systemDefaultZone(), AppVersion.current());
    }

    /**
     * Sign-in over this database and clock. Passwords are checked at the cost stored in each hash;
     * the hasher's own strength only prices the decoy compared for unknown usernames.
     */
    public Authentication authentication() {
        var dsl = database.dsl();
        return new Authentication(new JooqUserRepository(dsl, clock, new BcryptPasswordHasher()),
                new JooqActiveActors(dsl), new JooqSessionTokens(dsl), new JooqLoginFailures(dsl),
                LoginThrottle.DEFAULT, clock, Authentication.DEFAULT_TTL);
    }
}
