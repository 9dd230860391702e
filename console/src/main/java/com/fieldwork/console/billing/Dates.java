package com.fieldwork.console.billing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Invoice dates as the screen shows them: the company's day, "2026-11-26"; nothing yet for a draft. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.US);

    private Dates() {
    }

    static String day(Optional<Instant> instant, ZoneId zone) {
        return instant.map(i -> DAY.format(i.atZone(zone))).orElse("—");
    }

    static String day(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone));
    }
}
