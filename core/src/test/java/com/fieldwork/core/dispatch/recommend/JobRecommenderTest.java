package com.fieldwork.core.dispatch.recommend;

import static com.fieldwork.core.dispatch.DispatchWorld.BOULDER;
import static com.fieldwork.core.dispatch.DispatchWorld.DAY;
import static com.fieldwork.core.dispatch.DispatchWorld.DOWNTOWN;
import static com.fieldwork.core.dispatch.DispatchWorld.GAS;
import static com.fieldwork.core.dispatch.DispatchWorld.HVAC;
import static com.fieldwork.core.dispatch.DispatchWorld.ZONE;
import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static com.fieldwork.core.dispatch.DispatchWorld.job;
import static com.fieldwork.core.dispatch.DispatchWorld.technician;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.dispatch.conflict.Conflict;
import com.fieldwork.core.dispatch.conflict.ConflictRules;
import com.fieldwork.core.dispatch.conflict.IncrementalConflictChecker;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.AbsenceKind;
import com.fieldwork.core.technician.TechnicianSkill;
import com.fieldwork.core.technician.WorkingHours;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JobRecommenderTest {

    private static final GeoPoint CAPITOL_HILL = new GeoPoint(39.7320, -104.9800);
    private static final Clock SEVEN_AM = Clock.fixed(at(7, 0), ZONE);

    private final DispatchTechnician near = technician(1).van(7, "1").build();
    private final DispatchTechnician far = technician(2).home(BOULDER).van(7, "1").build();
    private final DispatchTechnician gasFitter = technician(3).skills(new TechnicianSkill(GAS, 3, Optional.empty()))
            .build();
    private final DispatchTechnician lapsed = technician(4)
            .skills(new TechnicianSkill(HVAC, 3, Optional.of(DAY.minusDays(1)))).build();
    private final DispatchTechnician onVacation = technician(5).absent(new Absence(1, 5, AbsenceKind.VACATION,
            new TimeSlot(at(0, 0), at(DAY.plusDays(1), 0, 0)), Optional.empty())).build();
    private final DispatchTechnician mondaysOnly = technician(6)
            .hours(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))).build();
    private final DispatchTechnician busyMorning = technician(7).van(7, "1").build();
    private final List<DispatchTechnician> everyone = List.of(near, far, gasFitter, lapsed, onVacation, mondaysOnly,
            busyMorning);

    private final DispatchJob noHeat = job(100).at(CAPITOL_HILL).needs(HVAC, 2).needsPart(7, "1", "0")
            .resolveBy(at(14, 0)).build();

    private List<Appointment> busyMorningVisits() {
        List<Appointment> visits = new ArrayList<>();
        for (int h = 8; h < 12; h++) {
            visits.add(job(h).on(7, at(h, 0)));
        }
        return visits;
    }

    private Recommendation recommend(DispatchJob job, List<Appointment> planned, RecommendationWeights weights,
                                     Clock clock) {
        return new JobRecommender(DispatchWorld.rules(everyone), new DispatchPlan(planned), everyone, weights, clock)
                .recommend(job, DAY);
    }

    @Test
    void theNearFreeTechnicianComesFirstThenTheBusyOneThenTheFarOne() {
        Recommendation r = recommend(noHeat, busyMorningVisits(), RecommendationWeights.defaults(), SEVEN_AM);
        assertThat(r.ranked()).extracting(c -> c.technician().id()).containsExactly(1L, 7L, 2L);
        assertThat(r.best().orElseThrow().explanation())
                .isEqualTo("HVAC level 2 ✓, 1.5 km / 4 min, 0 visits today, parts in van, ETA 08:04 — 4 h 56 min"
                        + " before SLA");
        assertThat(r.ranked().get(1).explanation())
                .isEqualTo("HVAC level 2 ✓, 1.5 km / 3 min, 4 visits today, parts in van, ETA 12:03 — 57 min"
                        + " before SLA");
    }

    @Test
    void everyRejectedTechnicianSaysWhy() {
        Map<Long, List<String>> why = recommend(noHeat, busyMorningVisits(), RecommendationWeights.defaults(),
                SEVEN_AM).rejected().stream()
                .collect(Collectors.toMap(rj -> rj.technician().id(), Rejection::reasons));
        assertThat(why).containsOnlyKeys(3L, 4L, 5L, 6L);
        assertThat(why.get(3L)).containsExactly("WO-2026-000100 needs HVAC level 2, technician lacks it");
        assertThat(why.get(4L)).containsExactly(
                "WO-2026-000100 on 2026-12-01 needs HVAC, certified only until 2026-11-30");
        assertThat(why.get(5L)).containsExactly("Absent (vacation) 00:00–00:00",
                "No free 1 h 00 min with the drives between 08:00 and 17:00 on 2026-12-01");
        assertThat(why.get(6L)).containsExactly("Does not work on Tuesday 2026-12-01");
    }

    @Test
    void aCandidatePlaceHasNoHardConflictAndFillsAGapBetweenVisits() {
        List<Appointment> planned = List.of(job(1).on(1, at(8, 0)), job(2).on(1, at(11, 0)));
        Recommendation r = recommend(noHeat, planned, RecommendationWeights.defaults(), SEVEN_AM);
        Candidate withGap = r.ranked().stream().filter(c -> c.technician().id() == 1).findFirst().orElseThrow();
        assertThat(withGap.placement().start()).isEqualTo(at(9, 3));
        ConflictRules rules = DispatchWorld.rules(everyone);
        IncrementalConflictChecker checker = new IncrementalConflictChecker(rules, new DispatchPlan(planned));
        for (Candidate c : r.ranked()) {
            assertThat(checker.checkPlacement(c.placement())).noneMatch(Conflict::hard);
        }
    }

    @Test
    void theCustomerWindowAndTheClockBoundTheArrival() {
        DispatchJob afternoon = job(100).at(CAPITOL_HILL).window(at(13, 0), at(15, 0)).build();
        assertThat(recommend(afternoon, List.of(), RecommendationWeights.defaults(), SEVEN_AM).best().orElseThrow()
                .placement().start()).isEqualTo(at(13, 0));
        Clock tenAm = Clock.fixed(at(10, 0), ZONE);
        Instant eta = recommend(job(100).at(CAPITOL_HILL).build(), List.of(), RecommendationWeights.defaults(), tenAm)
                .best().orElseThrow().placement().start();
        assertThat(eta).isAfter(at(10, 0)).isBefore(at(10, 5));
    }

    @Test
    void missingPartsAndALateFinishLowerTheScoreButDoNotReject() {
        DispatchTechnician emptyVan = technician(1).build();
        DispatchJob urgent = job(100).at(CAPITOL_HILL).needsPart(7, "2", "1").resolveBy(at(8, 30)).build();
        Recommendation r = new JobRecommender(DispatchWorld.rules(List.of(emptyVan)), new DispatchPlan(List.of()),
                List.of(emptyVan), RecommendationWeights.defaults(), SEVEN_AM).recommend(urgent, DAY);
        Candidate only = r.best().orElseThrow();
        assertThat(only.scores().parts()).isZero();
        assertThat(only.scores().slaRisk()).isZero();
        assertThat(only.explanation()).isEqualTo("1.5 km / 4 min, 0 visits today, parts to fetch: 1 × Part 7, ETA 08:04 — SLA missed by 34 min");
    }

    @Test
    void weightsAreConfigurationAndChangeTheOrder() {
        RecommendationWeights workloadOnly = new RecommendationWeights(0, 1, 0, 0, 0);
        Recommendation r = recommend(noHeat, busyMorningVisits(), workloadOnly, SEVEN_AM);
        assertThat(r.ranked()).extracting(c -> c.technician().id()).containsExactly(1L, 2L, 7L);
        assertThatThrownBy(() -> new RecommendationWeights(-1, 1, 1, 1, 1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new RecommendationWeights(0, 0, 0, 0, 0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("above zero");
    }
}
