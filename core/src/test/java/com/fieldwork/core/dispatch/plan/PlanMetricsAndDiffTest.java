package com.fieldwork.core.dispatch.plan;

import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.travel.GreatCircleTravelTimes;
import com.fieldwork.core.dispatch.travel.TravelSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.fieldwork.core.dispatch.DispatchWorld.BOULDER;
import static com.fieldwork.core.dispatch.DispatchWorld.DAY;
import static com.fieldwork.core.dispatch.DispatchWorld.DOWNTOWN;
import static com.fieldwork.core.dispatch.DispatchWorld.ZONE;
import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static com.fieldwork.core.dispatch.DispatchWorld.job;
import static com.fieldwork.core.dispatch.DispatchWorld.technician;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class PlanMetricsAndDiffTest {

    final GreatCircleTravelTimes travel = new GreatCircleTravelTimes(TravelSettings.defaults(ZONE));
    final DispatchTechnician ann = technician(1).home(DOWNTOWN).build();
    final DispatchTechnician bob = technician(2).home(DOWNTOWN).build();
    final DispatchJob near = job(10).at(DOWNTOWN).minutes(60).build();
    final DispatchJob far = job(11).at(BOULDER).minutes(60).build();
    final DispatchJob locked = job(12).at(DOWNTOWN).minutes(30).pinned().build();

    PlanningProblem problem(List<Appointment> current) {
        return new PlanningProblem(List.of(ann, bob), List.of(near, far, locked), current, DAY, DAY, ZONE, travel);
    }

    @Test
    void aWorkablePlanHasNoHardViolationsAndCountsTheDrivesThereAndBack() {
        Appointment pinned = new Appointment(locked, 2, TimeSlot.of(at(8, 0), Duration.ofMinutes(30)));
        PlanningProblem problem = problem(List.of(pinned));
        PlanProposal proposal = new PlanProposal(List.of(pinned, Appointment.of(near, 1, at(9, 0)),
                Appointment.of(far, 1, at(12, 0))), List.of());

        PlanMetrics metrics = PlanMetrics.of(problem, proposal);

        assertThat(metrics.hardViolations()).isZero();
        assertThat(metrics.assigned()).isEqualTo(3);
        // Ann: home → downtown (0) → Boulder → home; Bob: home → downtown → home (0)
        double boulderAndBack = 2 * travel.roadKm(DOWNTOWN, BOULDER);
        assertThat(metrics.travelKm()).isCloseTo(boulderAndBack, offset(0.01));
    }

    @Test
    void overlapsAndAMovedPinnedVisitAreHardViolations() {
        Appointment pinned = new Appointment(locked, 2, TimeSlot.of(at(8, 0), Duration.ofMinutes(30)));
        PlanningProblem problem = problem(List.of(pinned));
        PlanProposal overlapping = new PlanProposal(List.of(pinned, Appointment.of(near, 1, at(9, 0)),
                Appointment.of(far, 1, at(9, 30))), List.of());
        PlanProposal pinnedMoved = new PlanProposal(List.of(pinned.movedTo(1, at(8, 0))), List.of(near, far));

        assertThat(PlanMetrics.of(problem, overlapping).hardViolations()).isPositive();
        assertThat(PlanMetrics.of(problem, pinnedMoved).hardViolations()).isEqualTo(1);
        assertThat(PlanMetrics.of(problem, pinnedMoved).unassigned()).isEqualTo(2);
    }

    @Test
    void theDiffListsWhatIsAssignedMovedAndTakenOffAndNothingThatStays() {
        Appointment pinned = new Appointment(locked, 2, TimeSlot.of(at(8, 0), Duration.ofMinutes(30)));
        Appointment nearAt9 = Appointment.of(near, 1, at(9, 0));
        PlanningProblem problem = problem(List.of(pinned, nearAt9));
        PlanProposal proposal = new PlanProposal(List.of(pinned, Appointment.of(far, 1, at(9, 0))), List.of(near));

        PlanDiff diff = PlanDiff.between(problem.current(), proposal);

        assertThat(diff.changes()).extracting(c -> c.getClass().getSimpleName() + " " + c.job().visitId())
                .containsExactlyInAnyOrder("Assigned 11", "Unassigned 10");
        PlanDiff later = PlanDiff.between(problem.current(), new PlanProposal(List.of(pinned,
                nearAt9.movedTo(2, at(10, 30))), List.of(far)));
        assertThat(later.moved()).singleElement().satisfies(m -> {
            assertThat(m.shift()).isEqualTo(Duration.ofMinutes(90));
            assertThat(m.reassigned()).isTrue();
        });
    }

    @Test
    void aProblemThatContradictsItselfIsRefusedWithTheReason() {
        assertThatThrownBy(() -> problem(List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("pinned but has no place");
        assertThatThrownBy(() -> new PlanningProblem(List.of(ann), List.of(near), List.of(Appointment.of(near, 9, at(9, 0))),
                DAY, DAY, ZONE, travel)).hasMessageContaining("technician #9, who is not in the problem");
        assertThatThrownBy(() -> new PlanningProblem(List.of(ann), List.of(near), List.of(), DAY, DAY.minusDays(1), ZONE,
                travel)).hasMessageContaining("ends");
    }
}
