package com.fieldwork.console.calendar;

import com.fieldwork.console.schedule.ScheduledVisit;

import java.util.List;
import java.util.Optional;

/**
 * Asks the dispatcher whether to move a visit into a conflict anyway, and why. The view shows a dialog;
 * tests answer directly. Empty means "don't move it".
 */
@FunctionalInterface
public interface ReasonPrompt {

    Optional<String> askReason(ScheduledVisit visit, String newTime, List<String> conflicts);
}
