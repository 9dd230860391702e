package com.fieldwork.core.dispatch.recommend;

import static com.fieldwork.core.dispatch.DispatchWorld.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.RandomDispatchInstance;
import com.fieldwork.core.dispatch.conflict.Conflict;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.conflict.IncrementalConflictChecker;
import com.fieldwork.core.dispatch.travel.GreatCircleTravelTimes;
import com.fieldwork.core.dispatch.travel.TravelSettings;
import com.fieldwork.core.technician.WorkingHours;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: on random plans, the place a recommendation proposes has no hard conflict, is the earliest
 * whole minute a brute-force search finds, and a technician is rejected only when that search finds
 * nothing. Constant driving speed and days without overlaps: see {@link FreeSlotFinder} on both.
 */
class EarliestPlaceAgreesWithMinuteSearchTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {101, 102, 103, 104, 105, 106})
    void theProposedPlaceIsTheEarliestConflictFreeMinute(long seed) {
        RandomDispatchInstance instance = RandomDispatchInstance.generate(seed, 6, 2, 3, 0);
        ConflictRules rules = new ConflictRules(instance.technicians(),
                new GreatCircleTravelTimes(new TravelSettings(1.3, 40, 40, List.of(), Set.of(), ZONE)), ZONE);
        DispatchPlan plan = new DispatchPlan(instance.appointments());
        IncrementalConflictChecker checker = new IncrementalConflictChecker(rules, plan);
        Clock sixAm = Clock.fixed(instance.days().get(0).atTime(6, 0).atZone(ZONE).toInstant(), ZONE);
        JobRecommender recommender = new JobRecommender(rules, plan, instance.technicians(),
                RecommendationWeights.defaults(), sixAm);
        int placed = 0;
        int rejectedForTime = 0;
        for (int j = 0; j < 16; j++) {
            DispatchJob job = instance.newJob(900_000 + j);
            LocalDate day = instance.days().get(j % instance.days().size());
            Recommendation r = recommender.recommend(job, day);
            for (DispatchTechnician technician : instance.technicians()) {
                Optional<Candidate> candidate = r.ranked().stream()
                        .filter(c -> c.technician().id() == technician.id()).findFirst();
                Optional<Instant> earliest = searchEveryMinute(rules, plan, checker, job, technician, day, sixAm);
                String what = "seed " + seed + " job " + j + " technician " + technician.id();
                if (candidate.isPresent()) {
                    assertThat(checker.checkPlacement(candidate.get().placement())).as(what).noneMatch(Conflict::hard);
                    assertThat(Optional.of(candidate.get().placement().start())).as(what).isEqualTo(earliest);
                    placed++;
                } else if (r.rejected().stream().anyMatch(rj -> rj.technician().id() == technician.id()
                        && rj.reasons().stream().anyMatch(reason -> reason.startsWith("No free")))) {
                    assertThat(earliest).as(what).isEmpty();
                    rejectedForTime++;
                }
            }
        }
        assertThat(placed).as("placements checked").isGreaterThanOrEqualTo(8);
        
    }

    /** Every whole minute of the shift, in order; the first day's visit comes from the technician's start point. */
    private static Optional<Instant> searchEveryMinute(ConflictRules rules, DispatchPlan plan,
                                                       IncrementalConflictChecker checker, DispatchJob job,
                                                       DispatchTechnician technician, LocalDate day, Clock clock) {
        Optional<WorkingHours> hours = technician.profile().hoursOn(day.getDayOfWeek());
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        TimeSlot shift = rules.shift(hours.get(), day);
        Instant from = clock.instant().isAfter(shift.start()) ? clock.instant() : shift.start();
        Instant firstArrival = from.plus(rules.travel().drive(technician.startPoint(), job.location(), from));
        Instant dayStart = day.atStartOfDay(ZONE).toInstant();
        for (Instant s = shift.start(); !s.plus(job.duration()).isAfter(shift.end()); s = s.plus(Duration.ofMinutes(1))) {
            if (s.isBefore(from)) {
                continue;
            }
            Appointment candidate = new Appointment(job, technician.id(), TimeSlot.of(s, job.duration()));
            boolean firstOfDay = plan.timeline(technician.id()).before(candidate, job.visitId())
                    .filter(p -> !p.start().isBefore(dayStart)).isEmpty();
            if (firstOfDay && s.isBefore(firstArrival)) {
                continue;
            }
            if (checker.checkPlacement(candidate).stream().noneMatch(Conflict::hard)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
