package com.fieldwork.core.dispatch.recommend;

import com.fieldwork.core.common.ValidationException;

/**
 * How much each criterion counts once the hard filters have passed. Each criterion scores 0 (worst) to
 * 1 (best); the total is the weighted mean, so only the ratios between weights matter.
 *
 * @param travel    short extra driving (10 km extra scores 0.5)
 * @param workload  a lighter day (booked minutes against the shift)
 * @param parts     required parts already in the van or reserved
 * @param slaRisk   slack before the SLA deadline (4 h or more scores 1; a breach 0)
 * @param earliness arriving soon; multiplied by the job's priority (emergency ×4, high ×2, normal ×1, low ×0.5)
 */
public record RecommendationWeights(double travel, double workload, double parts, double slaRisk, double earliness) {

    public RecommendationWeights {
        for (double w : new double[] {travel, workload, parts, slaRisk, earliness}) {
            if (!(w >= 0 && w <= 100)) {
                throw new ValidationException("weights", "A weight is between 0 and 100, got " + w);
            }
        }
        if (travel + workload + parts + slaRisk + earliness == 0) {
            throw new ValidationException("weights", "At least one weight must be above zero");
        }
    }

    /** Travel first, then SLA risk, as dispatchers rank by hand; workload and parts break near-ties. */
    public static RecommendationWeights defaults() {
        return new RecommendationWeights(0.35, 0.15, 0.15, 0.25, 0.10);
    }
}
