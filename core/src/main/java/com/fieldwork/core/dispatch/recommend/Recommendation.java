package com.fieldwork.core.dispatch.recommend;

import com.fieldwork.core.dispatch.DispatchJob;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Every technician for one job: the able ones best first, the others with their reasons. */
public record Recommendation(DispatchJob job, List<Candidate> ranked, List<Rejection> rejected) {

    public Recommendation {
        Objects.requireNonNull(job, "job");
        ranked = List.copyOf(ranked);
        rejected = List.copyOf(rejected);
    }

    public Optional<Candidate> best() {
        return ranked.stream().findFirst();
    }
}
