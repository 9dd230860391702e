package com.fieldwork.core.dispatch.travel;

import com.fieldwork.core.common.ValidationException;

import java.time.LocalTime;
import java.util.Objects;

/** A daily stretch [start, end) of local time when traffic is slow. */
public record RushHour(LocalTime start, LocalTime end) {

    public RushHour {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new ValidationException("end", "A rush hour must end (" + end + ") after it starts (" + start + ")");
        }
    }

    public boolean includes(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }
}
