package com.fieldwork.core.dispatch.emergency;

import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.recommend.Rejection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one urgent job: the options best first (at most one per technician, the least
 * disruptive of their insertion positions) and the technicians who cannot take it, with why.
 */
public record EmergencyPlacement(DispatchJob job, List<InsertionOption> options, List<Rejection> rejected) {

    public EmergencyPlacement {
        Objects.requireNonNull(job, "job");
        options = List.copyOf(options);
        rejected = List.copyOf(rejected);
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
