package com.fieldwork.console.calendar;

/** What became of a visit dropped at a new time. */
public enum DropOutcome {
    /** No conflict, or the dispatcher gave a reason: saving in the background. */
    SAVING,
    /** There were conflicts and the dispatcher kept the visit where it was. */
    KEPT,
    /** Not movable at all (in progress, locked, finished, or not on the plan): nothing asked, nothing changed. */
    REFUSED
}
