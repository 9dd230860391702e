package com.fieldwork.core.dispatch.conflict;

import java.time.LocalDate;
import java.util.List;

/** Finds and explains what is wrong with a plan, or with a plan after one proposed move. */
public interface ConflictChecker {

    /** Every conflict involving a visit that starts on {@code day} (company zone) for the technician. */
    List<Conflict> checkDay(long technicianId, LocalDate day);

    /**
     * The conflicts the plan would have after the move that involve the moved visit, plus those the move
     * creates elsewhere (the neighbours it leaves behind become consecutive). Nothing is changed.
     */
    List<Conflict> checkMove(Move move);
}
