package com.fieldwork.api.health;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/**
 * The body of {@code GET /health}. Fields that could not be learned (the schema version of a
 * database that does not answer) are left out of the JSON rather than sent as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthResponse(String status, String database, String engine, String schemaVersion,
                             Boolean migrated, String version, OffsetDateTime time, String error) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    static HealthResponse up(String engine, String schemaVersion, String version, OffsetDateTime time) {
        return new HealthResponse(UP, UP, engine, schemaVersion, true, version, time, null);
    }

    /** The database answers, but its schema is behind this build: the API must not serve it. */
    static HealthResponse notMigrated(String engine, String schemaVersion, String version, OffsetDateTime time) {
        return new HealthResponse(DOWN, UP, engine, schemaVersion, false, version, time,
                "the database schema is at version " + schemaVersion + " and migrations are pending");
    }

    static HealthResponse down(String engine, String version, OffsetDateTime time, String error) {
        return new HealthResponse(DOWN, DOWN, engine, null, null, version, time, error);
    }

    @JsonIgnore
    public boolean isUp() {
        return UP.equals(status);
    }
}
