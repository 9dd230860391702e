package com.fieldwork.core.dispatch.conflict;

import static com.fieldwork.core.dispatch.DispatchWorld.BOULDER;
import static com.fieldwork.core.dispatch.DispatchWorld.DAY;
import static com.fieldwork.core.dispatch.DispatchWorld.GAS;
import static com.fieldwork.core.dispatch.DispatchWorld.HVAC;
import static com.fieldwork.core.dispatch.DispatchWorld.ZONE;
import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static com.fieldwork.core.dispatch.DispatchWorld.job;
import static com.fieldwork.core.dispatch.DispatchWorld.technician;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.AbsenceKind;
import com.fieldwork.core.technician.TechnicianSkill;
import com.fieldwork.core.technician.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each kind of conflict: a plan that has it, and the nearest plan that does not. */
class ConflictKindsTest {

    private static final DispatchTechnician PLAIN = technician(1).build();

    private static List<Conflict> day(DispatchTechnician technician, Appointment... visits) {
        return new IncrementalConflictChecker(DispatchWorld.rules(List.of(technician)),
                new DispatchPlan(List.of(visits))).checkDay(technician.id(), DAY);
    }

    private static List<String> sentences(List<Conflict> conflicts) {
        return conflicts.stream().map(c -> c.sentence(ZONE)).toList();
    }

    @Nested
    class Overlaps {
        @Test
        void visitsSharingTimeOverlapByTheSharedMinutes() {
            List<Conflict> found = day(PLAIN, job(411).on(1, at(9, 0)), job(412).minutes(45).on(1, at(9, 30)));
            assertThat(sentences(found)).containsExactly(
                    "WO-2026-000411 09:00–10:00 overlaps WO-2026-000412 09:30–10:15 by 30 min");
        }

        @Test
        void aLongVisitOverlapsEveryVisitInsideItNotJustTheNextOne() {
            List<Conflict> found = day(PLAIN, job(1).minutes(240).on(1, at(8, 0)), job(2).minutes(30).on(1, at(9, 0)),
                    job(3).minutes(30).on(1, at(11, 0)));
            assertThat(found).hasSize(2).allMatch(c -> c instanceof Conflict.Overlap && c.concerns(1));
            assertThat(found).anyMatch(c -> c.concerns(3));
        }

        @Test
        void backToBackVisitsDoNotOverlap() {
            assertThat(day(PLAIN, job(1).on(1, at(9, 0)), job(2).on(1, at(10, 0)))).isEmpty();
        }
    }

    @Nested
    class TravelTime {
        @Test
        void theNextVisitStartsBeforeTheDriveCanArrive() {
            List<Conflict> found = day(PLAIN, job(1).on(1, at(9, 0)), job(2).at(BOULDER).on(1, at(10, 30)));
            assertThat(found).singleElement().isInstanceOf(Conflict.NotEnoughTravelTime.class);
            assertThat(found.get(0).sentence(ZONE)).isEqualTo("WO-2026-000001 ends 10:00 and WO-2026-000002 starts"
                    + " 10:30: the 50.6 km drive takes 1 h 08 min, only 30 min between (arrives 38 min late)");
        }

        @Test
        void enoughTimeToDriveIsFine() {
            assertThat(day(PLAIN, job(1).on(1, at(9, 0)), job(2).at(BOULDER).on(1, at(11, 8)))).isEmpty();
        }
    }

    @Nested
    class WorkingTime {
        @Test
        void aVisitRunningPastTheEndOfTheDayOrStartingEarlyIsOutside() {
            assertThat(sentences(day(PLAIN, job(1).on(1, at(16, 30))))).containsExactly(
                    "WO-2026-000001 16:30–17:30 is outside working hours 08:00–17:00 on 2026-12-01");
            assertThat(day(PLAIN, job(1).on(1, at(7, 45)))).singleElement()
                    .isInstanceOf(Conflict.OutsideWorkingHours.class);
        }

        @Test
        void aVisitEndingExactlyAtTheEndOfTheDayIsInside() {
            assertThat(day(PLAIN, job(1).on(1, at(16, 0)), job(2).on(1, at(8, 0)))).isEmpty();
        }

        @Test
        void aDayWithoutHoursIsADayOff() {
            DispatchTechnician mondaysOnly = technician(1)
                    .hours(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))).build();
            assertThat(sentences(day(mondaysOnly, job(1).on(1, at(9, 0))))).containsExactly(
                    "WO-2026-000001 09:00–10:00 is on 2026-12-01, a day off");
        }

        @Test
        void aVisitInTheBreakConflictsButNotOneAfterIt() {
            DispatchTechnician lunch = technician(1).hours(new WorkingHours(DayOfWeek.TUESDAY, LocalTime.of(8, 0),
                    LocalTime.of(17, 0), Optional.of(LocalTime.of(12, 0)), 30)).build();
            assertThat(sentences(day(lunch, job(1).minutes(30).on(1, at(11, 45))))).containsExactly(
                    "WO-2026-000001 11:45–12:15 runs into the break 12:00–12:30");
            assertThat(day(lunch, job(1).minutes(30).on(1, at(11, 30)), job(2).on(1, at(12, 30)))).isEmpty();
        }
    }

    @Nested
    class Absences {
        private final DispatchTechnician sickAfterLunch = technician(1).absent(new Absence(1, 1, AbsenceKind.SICK,
                new TimeSlot(at(13, 0), at(14, 0)), Optional.empty())).build();

        @Test
        void aVisitReachingIntoAnAbsenceConflictsThoughItStartsBefore() {
            assertThat(sentences(day(sickAfterLunch, job(1).on(1, at(12, 30))))).containsExactly(
                    "WO-2026-000001 12:30–13:30 falls in an absence (sick Tue 1 Dec 13:00–Tue 1 Dec 14:00)");
        }

        @Test
        void aVisitEndingAsTheAbsenceBeginsIsFine() {
            assertThat(day(sickAfterLunch, job(1).on(1, at(12, 0)), job(2).on(1, at(14, 0)))).isEmpty();
        }
    }

    @Nested
    class Skills {
        @Test
        void aMissingSkillOrATooLowLevelConflicts() {
            assertThat(sentences(day(PLAIN, job(1).needs(GAS, 1).on(1, at(9, 0)),
                    job(2).needs(HVAC, 4).on(1, at(11, 0))))).containsExactly(
                    "WO-2026-000001 needs GAS level 1, technician lacks it",
                    "WO-2026-000002 needs HVAC level 4, technician has level 3");
        }

        @Test
        void theSkillAtTheLevelRequiredIsFine() {
            assertThat(day(PLAIN, job(1).needs(HVAC, 3).on(1, at(9, 0)))).isEmpty();
        }

        @Test
        void aCertificateThatEndedTheDayBeforeTheVisitHasExpired() {
            assertThat(sentences(day(certifiedUntil(DAY.minusDays(1)), job(1).needs(HVAC, 2).on(1, at(9, 0)))))
                    .containsExactly("WO-2026-000001 on 2026-12-01 needs HVAC, certified only until 2026-11-30");
        }

        @Test
        void aCertificateIsValidThroughItsLastDay() {
            assertThat(day(certifiedUntil(DAY), job(1).needs(HVAC, 2).on(1, at(9, 0)))).isEmpty();
            assertThat(day(certifiedUntil(DAY.plusDays(1)), job(1).needs(HVAC, 2).on(1, at(9, 0)))).isEmpty();
        }

        private DispatchTechnician certifiedUntil(LocalDate until) {
            return technician(1).skills(new TechnicianSkill(HVAC, 3, Optional.of(until))).build();
        }
    }

    @Nested
    class Parts {
        @Test
        void partsNeitherInTheVanNorReservedConflict() {
            assertThat(sentences(day(technician(1).van(7, "1").build(),
                    job(1).needsPart(7, "2", "0").on(1, at(9, 0))))).containsExactly(
                    "WO-2026-000001 needs 2 × Part 7: 1 in the van, 0 reserved");
        }

        @Test
        void theVanAndTheReservationTogetherAreEnough() {
            assertThat(day(technician(1).van(7, "1").build(), job(1).needsPart(7, "2", "1").on(1, at(9, 0))))
                    .isEmpty();
        }
    }

    @Nested
    class Sla {
        @Test
        void finishingAfterTheDeadlineIsAPredictedBreach() {
            assertThat(sentences(day(PLAIN, job(1).resolveBy(at(10, 0)).on(1, at(9, 30))))).containsExactly(
                    "WO-2026-000001 finishes 10:30, 30 min after its SLA deadline 10:00");
        }

        @Test
        void finishingOnTheDeadlineIsFine() {
            assertThat(day(PLAIN, job(1).resolveBy(at(10, 0)).on(1, at(9, 0)))).isEmpty();
        }
    }

    @Nested
    class CustomerWindow {
        @Test
        void arrivingAfterTheWindowMissesIt() {
            assertThat(sentences(day(PLAIN, job(1).window(at(8, 0), at(12, 0)).on(1, at(12, 5))))).containsExactly(
                    "WO-2026-000001 arrives 12:05, outside the customer's window 08:00–12:00");
        }

        @Test
        void arrivingAtEitherEndOfTheWindowIsOnTime() {
            assertThat(day(PLAIN, job(1).window(at(8, 0), at(12, 0)).on(1, at(12, 0)),
                    job(2).window(at(8, 0), at(12, 0)).on(1, at(8, 0)))).isEmpty();
        }
    }

    @Nested
    class Moves {
        @Test
        void aDragOntoAnotherVisitReportsTheOverlapFromTheMovedVisitsSide() {
            DispatchPlan plan = new DispatchPlan(List.of(job(411).on(1, at(9, 0)), job(412).on(1, at(14, 0))));
            List<Conflict> found = checker(plan).checkMove(new Move(412, 1, at(9, 45)));
            assertThat(sentences(found)).containsExactly(
                    "WO-2026-000411 09:00–10:00 overlaps WO-2026-000412 09:45–10:45 by 15 min");
        }

        @Test
        void theNeighboursLeftBehindBecomeConsecutive() {
            // the early drive departs in rush hour: without the short visit between, it cannot make it
            DispatchPlan plan = new DispatchPlan(List.of(job(1).on(1, at(7, 50)), job(2).minutes(10).on(1, at(8, 50)),
                    job(3).at(BOULDER).on(1, at(10, 10))));
            assertThat(day(PLAIN, plan.all().toArray(Appointment[]::new)))
                    .allMatch(c -> c instanceof Conflict.OutsideWorkingHours);
            List<Conflict> found = checker(plan).checkMove(new Move(2, 1, at(14, 0)));
            assertThat(found).singleElement().isInstanceOfSatisfying(Conflict.NotEnoughTravelTime.class, c -> {
                assertThat(c.visit().visitId()).isEqualTo(1);
                assertThat(c.next().visitId()).isEqualTo(3);
            });
        }

        @Test
        void movingAPinnedVisitIsAConflictButLeavingItIsNot() {
            DispatchPlan plan = new DispatchPlan(List.of(job(1).pinned().on(1, at(9, 0))));
            assertThat(sentences(checker(plan).checkMove(new Move(1, 1, at(11, 0))))).containsExactly(
                    "WO-2026-000001 is in progress or locked and cannot be moved");
            assertThat(checker(plan).checkMove(new Move(1, 1, at(9, 0)))).isEmpty();
        }

        @Test
        void aMoveToAnotherTechnicianIsCheckedAgainstTheirDay() {
            DispatchTechnician gasFitter = technician(2).skills(new TechnicianSkill(GAS, 2, Optional.empty())).build();
            DispatchPlan plan = new DispatchPlan(List.of(job(1).needs(HVAC, 2).on(1, at(9, 0))));
            IncrementalConflictChecker checker = new IncrementalConflictChecker(
                    DispatchWorld.rules(List.of(PLAIN, gasFitter)), plan);
            assertThat(checker.checkMove(new Move(1, 2, at(9, 0)))).singleElement()
                    .isInstanceOf(Conflict.MissingSkill.class);
            assertThat(checker.checkMove(new Move(1, 1, at(10, 0)))).isEmpty();
        }

        private IncrementalConflictChecker checker(DispatchPlan plan) {
            return new IncrementalConflictChecker(DispatchWorld.rules(List.of(PLAIN)), plan);
        }
    }

    @Test
    void minutesAreRoundedUpSoASecondLateIsNotZeroMinutes() {
        assertThat(Times.minutes(Duration.ofSeconds(1))).isEqualTo("1 min");
        assertThat(Times.minutes(Duration.ofMinutes(65))).isEqualTo("1 h 05 min");
    }
}
