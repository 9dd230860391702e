package com.fieldwork.console.conflict;

import com.fieldwork.core.common.ConcurrentModificationException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The words of the optimistic-lock dialog: who changed the record and when, in the company's time zone.
 *
 * @param title  what happened, in one line
 * @param detail who and when, and that nothing of the user's was saved
 */
public record ConflictMessage(String title, String detail) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm:ss", Locale.ENGLISH);

    public ConflictMessage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }

    /** @param what how the user knows the record, e.g. "Work order WO-2026-000123" */
    public static ConflictMessage of(ConcurrentModificationException conflict, String what, ZoneId zone) {
        String who = conflict.changedBy().orElse("Someone else");
        String when = conflict.changedAt().map(at -> " on " + WHEN.format(at.atZone(zone))).orElse("");
        return new ConflictMessage(what + " was changed by someone else",
                who + " saved " + what + when + ", after you opened it. Your changes were not saved. "
                        + "Reload to see the current version, then make your change again.");
    }
}
