package com.fieldwork.api;

import com.fieldwork.db.Database;

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
}
