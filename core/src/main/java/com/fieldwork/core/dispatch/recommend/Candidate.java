package com.fieldwork.core.dispatch.recommend;

import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchTechnician;

import java.util.Objects;

/**
 * A technician who can do the job, where it would go in their day, the score and why.
 *
 * @param explanation e.g. "HVAC level 2 ✓, 4.2 km / 11 min, 3 visits today, parts in van, ETA 10:40 — 2 h
 *                    05 min before SLA"
 */
public record Candidate(DispatchTechnician technician, Appointment placement, double score, Scores scores,
                        String explanation) {

    public Candidate {
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Each criterion from 0 (worst) to 1 (best), before weighting. */
    public record Scores(double travel, double workload, double parts, double slaRisk, double earliness) {
    }
}
