package com.fieldwork.console.board.internal;

import com.fieldwork.console.board.BoardZoom;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The board's horizontal scale: instants to x and back, the column lines and their labels. */
record TimeAxis(Instant start, double width, BoardZoom zoom, ZoneId zone) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    double pixelsPerSecond() {
        return width / zoom.span().toSeconds();
    }

    Instant end() {
        return start.plus(zoom.span());
    }

    double x(Instant at) {
        return Duration.between(start, at).toSeconds() * pixelsPerSecond();
    }

    Instant at(double x) {
        return start.plusSeconds(Math.round(x / pixelsPerSecond()));
    }

    /** {@code at} rounded to the nearest multiple of the zoom's snap, counted from local midnight. */
    Instant snap(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        Instant midnight = local.toLocalDate().atStartOfDay(zone).toInstant();
        long step = zoom.snap().toSeconds();
        long since = Duration.between(midnight, at).toSeconds();
        return midnight.plusSeconds(Math.round((double) since / step) * step);
    }

    /** A column line: where, whether a day starts there, and its label. */
    record Tick(Instant at, boolean dayStart, String label) {
    }

    List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        long step = zoom.column().toSeconds();
        LocalDate first = start.atZone(zone).toLocalDate();
        Instant midnight = first.atStartOfDay(zone).toInstant();
        Instant t = midnight.plusSeconds(Duration.between(midnight, start).toSeconds() / step * step);
        for (; !t.isAfter(end()); t = t.plusSeconds(step)) {
            ZonedDateTime local = t.atZone(zone);
            boolean dayStart = local.toLocalTime().toSecondOfDay() == 0;
            String label = dayStart || zoom == BoardZoom.WEEK ? DAY.format(local)
                    : zoom == BoardZoom.DAYS ? DAY_TIME.format(local) : TIME.format(local);
            ticks.add(new Tick(t, dayStart, label));
        }
        return ticks;
    }

    /** The local days the view touches, first to last. */
    List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        LocalDate last = end().atZone(zone).toLocalDate();
        for (LocalDate d = start.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }
}
