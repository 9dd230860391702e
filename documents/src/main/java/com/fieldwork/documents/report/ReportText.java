package com.fieldwork.documents.report;

import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How values are written on a report: times in the company's zone, positions to about ten metres. */
final class ReportText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    ReportText(ZoneId zone) {
        this.zone = zone;
    }

    String dateTime(Instant at) {
        return DATE_TIME.format(at.atZone(zone));
    }

    String dateTime(Optional<Instant> at) {
        return at.map(this::dateTime).orElse("–");
    }

    /** Only the time when it is the same day as {@code day}, which keeps a visit's row short. */
    String timeOn(Optional<Instant> at, Optional<Instant> day) {
        if (at.isPresent() && day.isPresent()
                && at.get().atZone(zone).toLocalDate().equals(day.get().atZone(zone).toLocalDate())) {
            return TIME.format(at.get().atZone(zone));
        }
        return dateTime(at);
    }

    static String position(Optional<GeoPoint> point) {
        return point.map(p -> String.format(Locale.ROOT, "%.5f, %.5f", p.lat(), p.lon())).orElse("not recorded");
    }

    static String address(Address a) {
        return a.street() + ", " + a.postalCode() + " " + a.city() + ", " + a.country();
    }

    static String money(BigDecimal amount) {
        return String.format(Locale.ENGLISH, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String quantity(BigDecimal q) {
        BigDecimal s = q.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
