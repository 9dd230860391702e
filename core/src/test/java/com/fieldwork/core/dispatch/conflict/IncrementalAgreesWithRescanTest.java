package com.fieldwork.core.dispatch.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.dispatch.RandomDispatchInstance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: on random sloppy plans, for random drags, the incremental check finds exactly what a full
 * rescan finds. Some moves are committed as we go, so the index is also tested after changes.
 */
class IncrementalAgreesWithRescanTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aMoveFindsExactlyWhatARescanFinds(long seed) {
        RandomDispatchInstance instance = RandomDispatchInstance.generate(seed, 5, 3, 6, 0.5);
        ConflictRules rules = DispatchWorld.rules(instance.technicians());
        DispatchPlan plan = new DispatchPlan(instance.appointments());
        int nonEmpty = 0;
        for (int i = 0; i < 300; i++) {
            Move move = instance.randomMove();
            List<Conflict> incremental = new IncrementalConflictChecker(rules, plan).checkMove(move);
            List<Conflict> rescan = new FullRescanConflictChecker(rules, plan).checkMove(move);
            assertThat(incremental).as("seed %d move %d %s", seed, i, move)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(rescan);
            nonEmpty += incremental.isEmpty() ? 0 : 1;
            if (instance.random().nextInt(4) == 0) {
                Appointment from = plan.get(move.visitId());
                plan.place(from.movedTo(move.technicianId(), move.start()));
            }
        }
        assertThat(nonEmpty).as("the instance must be sloppy enough to test something").isGreaterThan(50);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24, 25})
    void aDayCheckFindsExactlyWhatARescanFinds(long seed) {
        RandomDispatchInstance instance = RandomDispatchInstance.generate(seed, 4, 3, 7, 0.6);
        ConflictRules rules = DispatchWorld.rules(instance.technicians());
        DispatchPlan plan = new DispatchPlan(instance.appointments());
        for (DispatchTechnician technician : instance.technicians()) {
            for (int d = 0; d < 5; d++) {
                LocalDate day = DispatchWorld.DAY.plusDays(d);
                assertThat(new IncrementalConflictChecker(rules, plan).checkDay(technician.id(), day))
                        .as("technician %d on %s", technician.id(), day)
                        .doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(
                                new FullRescanConflictChecker(rules, plan).checkDay(technician.id(), day));
            }
        }
    }
}
