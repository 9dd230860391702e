package com.fieldwork.core.field;

import com.fieldwork.core.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocationPingRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void theFirstBadPingIsNamedByItsIndex() {
        List<LocationPing> pings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pings.add(LocationPing.at(NOW.minusSeconds(600 - i), 39.7, -104.9));
        }
        assertThatCode(() -> LocationPingRule.check(pings, CLOCK)).doesNotThrowAnyException();

        pings.set(7, LocationPing.at(NOW.minusSeconds(10), 91, -104.9));
        assertThatThrownBy(() -> LocationPingRule.check(pings, CLOCK))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "pings[7].lat")
                .hasMessageContaining("Ping 7");
    }

    @Test
    void longitudeAccuracyAndTimeAreChecked() {
        assertThatThrownBy(() -> LocationPingRule.check(List.of(LocationPing.at(NOW, 0, Double.NaN)), CLOCK))
                .hasFieldOrPropertyWithValue("field", "pings[0].lon");
        assertThatThrownBy(() -> LocationPingRule.check(List.of(new LocationPing(NOW, 0, 0, OptionalDouble.of(-1),
                OptionalDouble.empty(), OptionalDouble.empty())), CLOCK))
                .hasFieldOrPropertyWithValue("field", "pings[0].accuracyM");
        assertThatThrownBy(() -> LocationPingRule.check(List.of(LocationPing.at(NOW.plusSeconds(3600), 0, 0)), CLOCK))
                .hasFieldOrPropertyWithValue("field", "pings[0].recordedAt");
        assertThatCode(() -> LocationPingRule.check(List.of(LocationPing.at(NOW.plusSeconds(60), 0, 0)), CLOCK))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LocationPingRule.check(List.of(), CLOCK)).hasFieldOrPropertyWithValue("field", "pings");
    }
}
