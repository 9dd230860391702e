package com.fieldwork.core.dispatch.optimize;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.DispatchJob;
import com.fieldwork.core.dispatch.plan.PlanProposal;
import com.fieldwork.core.dispatch.travel.GreatCircleTravelTimes;
import com.fieldwork.core.dispatch.travel.TravelSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static com.fieldwork.core.dispatch.DispatchWorld.BOULDER;
import static com.fieldwork.core.dispatch.DispatchWorld.DAY;
import static com.fieldwork.core.dispatch.DispatchWorld.DOWNTOWN;
import static com.fieldwork.core.dispatch.DispatchWorld.ZONE;
import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static com.fieldwork.core.dispatch.DispatchWorld.job;
import static com.fieldwork.core.dispatch.DispatchWorld.rules;
import static com.fieldwork.core.dispatch.DispatchWorld.technician;
import static org.assertj.core.api.Assertions.assertThat;

class FieldTravelAndGuardTest {

    final GreatCircleTravelTimes port = new GreatCircleTravelTimes(TravelSettings.defaults(ZONE));

    @Test
    void theSolversDriveIsNeverShorterThanThePortsAndAtMostTwoSecondsLonger() {
        Random random = new Random(5);
        List<GeoPoint> places = new ArrayList<>(List.of(DOWNTOWN, BOULDER));
        for (int i = 0; i < 30; i++) {
            places.add(new GeoPoint(39.55 + random.nextDouble() * 0.35, -105.15 + random.nextDouble() * 0.40));
        }
        FieldTravel travel = new FieldTravel(places, port, DAY, DAY, ZONE);
        List<Instant> departures = new ArrayList<>(List.of(at(6, 59).plusSeconds(30), at(7, 0), at(8, 59).plusSeconds(59),
                at(9, 0), at(16, 0).minusSeconds(1), at(18, 30)));
        for (int i = 0; i < 200; i++) {
            departures.add(at(6, 0).plusSeconds(random.nextInt(14 * 3600)));
        }
        for (Instant departure : departures) {
            for (int a = 0; a < places.size(); a += 3) {
                for (int b = 1; b < places.size(); b += 5) {
                    long exact = port.drive(places.get(a), places.get(b), departure).getSeconds();
                    double ours = travel.time(a, b, departure.getEpochSecond());
                    assertThat(ours).as("%s → %s at %s", a, b, departure).isBetween((double) exact, exact + 2.0);
                }
            }
        }
    }

    @Test
    void theGuardTakesOffAMovableVisitInAHardConflictAndKeepsThePinnedOne() {
        DispatchJob pinned = job(1).at(DOWNTOWN).minutes(60).pinned().build();
        DispatchJob clash = job(2).at(DOWNTOWN).minutes(60).build();
        DispatchJob fine = job(3).at(DOWNTOWN).minutes(30).build();
        Appointment keep = Appointment.of(pinned, 1, at(9, 0));
        Appointment later = Appointment.of(fine, 1, at(11, 0));
        PlanProposal proposal = new PlanProposal(List.of(keep, Appointment.of(clash, 1, at(9, 30)), later), List.of());

        PlanProposal guarded = HardRuleGuard.enforce(rules(List.of(technician(1).build())), proposal);

        assertThat(guarded.appointments()).containsExactly(keep, later);
        assertThat(guarded.unassigned()).containsExactly(clash);
    }
}
