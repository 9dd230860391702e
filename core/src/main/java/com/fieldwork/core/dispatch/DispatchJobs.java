package com.fieldwork.core.dispatch;

import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.catalog.RequiredSkill;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.workorder.WorkOrder;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/** Turns stored work orders and visits into the engine's {@link DispatchJob}, rejecting what it cannot plan. */
public final class DispatchJobs {

    private final SkillCatalogue skills;
    private final LongFunction<String> partLabels;

    /** @param partLabels the name a dispatcher knows a part by, e.g. "FLT-16 Air filter 16x25" */
    public DispatchJobs(SkillCatalogue skills, LongFunction<String> partLabels) {
        this.skills = Objects.requireNonNull(skills, "skills");
        this.partLabels = Objects.requireNonNull(partLabels, "partLabels");
    }

    /**
     * @param location       the site's coordinates; empty when the site was never geocoded (rejected)
     * @param reservedByPart quantities already reserved for this work order, by part id
     * @throws com.fieldwork.core.common.ValidationException for a job without location, with a non-positive
     *                                                       duration or requiring an unknown skill
     */
    public DispatchJob from(WorkOrder order, Visit visit, Optional<GeoPoint> location,
                            Map<Long, BigDecimal> reservedByPart) {
        String name = order.number().toString();
        List<NeededSkill> needed = order.requiredSkills().stream()
                .map((RequiredSkill r) -> new NeededSkill(skills.require(r.skillId(), name), r.minLevel()))
                .toList();
        List<NeededPart> parts = order.requiredParts().stream()
                .map((PartQuantity p) -> new NeededPart(p.partId(), partLabels.apply(p.partId()), p.quantity(),
                        reservedByPart.getOrDefault(p.partId(), BigDecimal.ZERO)))
                .toList();
        boolean pinned = visit.pinned() || visit.status() == VisitStatus.IN_PROGRESS;
        return new DispatchJob(visit.id(), order.id(), order.number(), location.orElse(null),
                Duration.ofMinutes(order.estimatedMinutes()), needed, parts, order.customerWindow(),
                order.priority(), order.slaDue(), pinned);
    }
}
