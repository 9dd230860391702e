package com.fieldwork.core.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueRecordsTest {

    private static final Instant NINE = Instant.parse("2026-03-03T16:00:00Z");

    @Test
    void geoPointRejectsImpossibleCoordinatesAndMeasuresGreatCircles() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(ValidationException.class).hasMessageContaining("Latitude");
        assertThatThrownBy(() -> new GeoPoint(0, -181)).isInstanceOf(ValidationException.class).hasMessageContaining("Longitude");
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0)).isInstanceOf(ValidationException.class);
        // Denver Union Station to Denver International Airport: about 33 km as the crow flies
        double km = new GeoPoint(39.7527, -105.0002).distanceKm(new GeoPoint(39.8561, -104.6737));
        assertThat(km).isBetween(29.0, 31.5);
    }

    @Test
    void timeSlotsAreHalfOpen() {
        TimeSlot morning = TimeSlot.of(NINE, Duration.ofHours(2));
        TimeSlot afterwards = TimeSlot.of(morning.end(), Duration.ofHours(1));
        TimeSlot overlapping = TimeSlot.of(NINE.plus(Duration.ofMinutes(90)), Duration.ofHours(1));

        assertThat(morning.overlaps(afterwards)).isFalse();
        assertThat(morning.overlaps(overlapping)).isTrue();
        assertThat(overlapping.overlaps(morning)).isTrue();
        assertThat(morning.contains(TimeSlot.of(NINE.plusSeconds(60), Duration.ofMinutes(30)))).isTrue();
        assertThat(morning.duration()).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> new TimeSlot(NINE, NINE)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("must be after");
    }

    @Test
    void textIsTrimmedRequiredAndLimited() {
        assertThat(Text.required("summary", "  Leak  ", 10)).isEqualTo("Leak");
        assertThatThrownBy(() -> Text.required("summary", "   ", 10)).isInstanceOf(ValidationException.class)
                .hasMessage("Summary is required");
        assertThatThrownBy(() -> Text.required("summary", "x".repeat(11), 10))
                .hasMessage("Summary may have at most 10 characters, got 11");
        assertThat(Text.optional("notes", Optional.of("  "), 10)).isEmpty();
        assertThat(new Address("1 Main St", "Denver", "80202", "US").oneLine()).isEqualTo("1 Main St, 80202 Denver");
        assertThatThrownBy(() -> new Address("1 Main St", "Denver", "80202", "us"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("two-letter");
    }
}
