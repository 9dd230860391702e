package com.fieldwork.core.dispatch.travel;

import static com.fieldwork.core.dispatch.DispatchWorld.BOULDER;
import static com.fieldwork.core.dispatch.DispatchWorld.DOWNTOWN;
import static com.fieldwork.core.dispatch.DispatchWorld.ZONE;
import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fieldwork.core.common.ValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GreatCircleTravelTimesTest {

    private final GreatCircleTravelTimes travel = new GreatCircleTravelTimes(TravelSettings.defaults(ZONE));

    @Test
    void denverToBoulderIsAbout39KmAsTheCrowFliesAndAThirdMoreByRoad() {
        assertThat(DOWNTOWN.distanceKm(BOULDER)).isCloseTo(38.89, within(0.05));
        assertThat(travel.roadKm(DOWNTOWN, BOULDER)).isCloseTo(38.89 * 1.3, within(0.1));
        assertThat(travel.roadKm(BOULDER, DOWNTOWN)).isEqualTo(travel.roadKm(DOWNTOWN, BOULDER));
    }

    @Test
    void middayDrivesAtFreeFlowSpeedAndRushHourSlower() {
        double km = travel.roadKm(DOWNTOWN, BOULDER);
        Duration midday = travel.drive(DOWNTOWN, BOULDER, at(11, 0));
        Duration morningRush = travel.drive(DOWNTOWN, BOULDER, at(7, 30));
        assertThat(midday.getSeconds()).isEqualTo((long) Math.ceil(km / 45 * 3600));
        assertThat(morningRush.getSeconds()).isEqualTo((long) Math.ceil(km / 25 * 3600));
        assertThat(midday).isBetween(Duration.ofMinutes(67), Duration.ofMinutes(68));
    }

    @Test
    void rushHoursAreHalfOpenAndOnlyOnWeekdays() {
        Duration free = travel.drive(DOWNTOWN, BOULDER, at(11, 0));
        assertThat(travel.drive(DOWNTOWN, BOULDER, at(9, 0))).isEqualTo(free);
        assertThat(travel.drive(DOWNTOWN, BOULDER, at(8, 59))).isGreaterThan(free);
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(travel.drive(DOWNTOWN, BOULDER, at(saturday, 8, 0))).isEqualTo(free);
    }

    @Test
    void theSamePlaceTakesNoTimeAndAnswersRepeat() {
        assertThat(travel.drive(DOWNTOWN, DOWNTOWN, at(8, 0))).isZero();
        assertThat(travel.drive(DOWNTOWN, BOULDER, at(16, 15))).isEqualTo(travel.drive(DOWNTOWN, BOULDER, at(16, 15)));
    }

    @Test
    void settingsAreConfigurableAndChecked() {
        TravelSettings slowCity = new TravelSettings(1.5, 30, 15, List.of(), Set.of(), ZONE);
        GreatCircleTravelTimes slow = new GreatCircleTravelTimes(slowCity);
        assertThat(slow.drive(DOWNTOWN, BOULDER, at(11, 0))).isGreaterThan(travel.drive(DOWNTOWN, BOULDER, at(11, 0)));
        // without rush hours the slow city drives at its one speed all day
        assertThat(slow.drive(DOWNTOWN, BOULDER, at(8, 0))).isEqualTo(slow.drive(DOWNTOWN, BOULDER, at(11, 0)));
        assertThatThrownBy(() -> new TravelSettings(0.8, 45, 25, List.of(), Set.of(), ZONE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("road factor");
        assertThatThrownBy(() -> new TravelSettings(1.3, 0, 25, List.of(), Set.of(), ZONE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("speed");
        assertThatThrownBy(() -> new RushHour(LocalTime.of(9, 0), LocalTime.of(7, 0)))
                .isInstanceOf(ValidationException.class);
    }
}
