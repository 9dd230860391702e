package com.fieldwork.core.dispatch.emergency;

import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.recommend.Rejection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one urgent job: the options best first (at most one per technician, the least
 * disruptive of their insertion positions), the technicians who cannot take it with why, and the
 * positions refused for the technicians who can, with what would break ("Tech 1, before WO-2026-000002:
 * WO-2026-000003 would arrive 12:40, after the customer's window 10:00–12:00 closes").
 */
public record EmergencyPlacement(DispatchJob job, List<InsertionOption> options, List<Rejection> rejected,
                                 List<String> refusedPositions) {

    public EmergencyPlacement {
        Objects.requireNonNull(job, "job");
        options = List.copyOf(options);
        rejected = List.copyOf(rejected);
        refusedPositions = List.copyOf(refusedPositions);
    }

    /** The least disruptive option; empty when nobody can take the job today (see {@link #rejected}). */
    public Optional<InsertionOption> chosen() {
        return options.stream().findFirst();
    }

    /** The other options, best first. */
    public List<InsertionOption> alternatives() {
        return options.isEmpty() ? List.of() : options.subList(1, options.size());
    }
}
