package com.fieldwork.core.technician;

import com.fieldwork.core.common.ValidationException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One weekday of a technician's usual week, in the branch's local time. A day without an entry
 * is a day off. Shifts end on the day they start: night work is not modelled.
 */
public record WorkingHours(DayOfWeek weekday, LocalTime start, LocalTime end, Optional<LocalTime> breakStart,
                           int breakMinutes) {

    public WorkingHours {
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(breakStart, "breakStart");
        if (!end.isAfter(start)) {
            throw new ValidationException("end", "On " + weekday + " the end (" + end + ") must be after the start ("
                    + start + ")");
        }
        if (breakMinutes < 0 || breakMinutes > Short.MAX_VALUE) {
            throw new ValidationException("breakMinutes", "Break minutes cannot be negative, got " + breakMinutes);
        }
        if (breakStart.isPresent()) {
            LocalTime b = breakStart.get();
            if (b.isBefore(start) || Duration.between(b, end).toMinutes() < breakMinutes) {
                throw new ValidationException("breakStart", "On " + weekday + " the break must lie within "
                        + start + "-" + end);
            }
        } else if (breakMinutes > Duration.between(start, end).toMinutes()) {
            throw new ValidationException("breakMinutes", "On " + weekday + " the break is longer than the day");
        }
    }

    public WorkingHours(DayOfWeek weekday, LocalTime start, LocalTime end) {
        this(weekday, start, end, Optional.empty(), 0);
    }

    /** Time available for jobs that day. */
    public Duration workingTime() {
        return Duration.between(start, end).minusMinutes(breakMinutes);
    }
}
