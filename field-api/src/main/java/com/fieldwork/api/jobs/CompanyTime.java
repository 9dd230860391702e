package com.fieldwork.api.jobs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes instants as ISO-8601 with the company's offset ("2026-03-10T09:00-06:00"), so a phone shows the
 * local time of the job without knowing the zone rules; an absent instant becomes JSON {@code null}.
 */
record CompanyTime(ZoneId zone) {

    CompanyTime {
        Objects.requireNonNull(zone, "zone");
    }

    OffsetDateTime of(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    OffsetDateTime of(Optional<Instant> instant) {
        return instant.map(this::of).orElse(null);
    }
}
