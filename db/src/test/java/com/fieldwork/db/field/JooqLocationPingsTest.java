package com.fieldwork.db.field;

import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.field.LocationPing;
import com.fieldwork.core.field.TechnicianPosition;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static com.fieldwork.db.jooq.Tables.LOCATION_PING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqLocationPingsTest extends DatabaseTest {

    private FieldWorld world;
    private JooqLocationPings pings;

    @BeforeEach
    void world() {
        world = new FieldWorld(dsl());
        pings = new JooqLocationPings(dsl(), world.clock);
    }

    @Test
    void aBatchOf500IsStoredWithOneFeedRowAndNoAudit() {
        int audit = world.auditRows();
        int feed = world.feedRows();

        assertThat(pings.record(track(500, Seed.T0.minus(Duration.ofHours(5))), world.technician)).isEqualTo(500);

        assertThat(dsl().fetchCount(LOCATION_PING)).isEqualTo(500);
        assertThat(world.auditRows()).isEqualTo(audit);
        assertThat(world.feedRows()).isEqualTo(feed + 1);
        assertThat(world.feedRows("location_ping")).isEqualTo(1);
    }

    @Test
    void aResentBatchAddsOnlyWhatIsNew() {
        Instant start = Seed.T0.minus(Duration.ofHours(1));
        pings.record(track(100, start), world.technician);
        int feed = world.feedRows();

        assertThat(pings.record(track(100, start), world.technician)).isZero();
        assertThat(world.feedRows()).isEqualTo(feed);
        assertThat(pings.record(track(110, start), world.technician)).isEqualTo(10);
        assertThat(dsl().fetchCount(LOCATION_PING)).isEqualTo(110);
    }

    @Test
    void aBadLatitudeRejectsTheWholeBatchNamingItsIndex() {
        List<LocationPing> batch = track(500, Seed.T0.minus(Duration.ofHours(5)));
        LocationPing good = batch.get(321);
        batch.set(321, LocationPing.at(good.recordedAt(), 95.0, good.lon()));
        int feed = world.feedRows();

        assertThatThrownBy(() -> pings.record(batch, world.technician))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "pings[321].lat");

        assertThat(dsl().fetchCount(LOCATION_PING)).isZero();
        assertThat(world.feedRows()).isEqualTo(feed);
    }

    @Test
    void theMapGetsEachTechniciansLatestPosition() {
        Instant start = Seed.T0.minus(Duration.ofHours(2));
        pings.record(track(30, start), world.technician);
        pings.record(List.of(new LocationPing(start.plusSeconds(45), 39.5, -105.0, OptionalDouble.of(8),
                OptionalDouble.empty(), OptionalDouble.empty())), world.otherTechnician);

        List<TechnicianPosition> latest = pings.latestPerTechnician(start);

        assertThat(latest).hasSize(2);
        TechnicianPosition mine = latest.stream()
                .filter(p -> p.technicianId() == world.technician.technicianId().getAsLong()).findFirst().orElseThrow();
        assertThat(mine.recordedAt()).isEqualTo(start.plusSeconds(29 * 30));
        assertThat(mine.position()).isEqualTo(new GeoPoint(39.70 + 29 * 0.0001, -104.95));
        TechnicianPosition theirs = latest.stream()
                .filter(p -> p.technicianId() == world.otherTechnician.technicianId().getAsLong()).findFirst().orElseThrow();
        assertThat(theirs.accuracyM()).hasValue(8.0);
        assertThat(pings.latestPerTechnician(start.plusSeconds(60))).extracting(TechnicianPosition::technicianId)
                .containsExactly(world.technician.technicianId().getAsLong());
        assertThat(pings.latestPerTechnician(Seed.T0)).isEmpty();
    }

    /** One ping every 30 s moving north by 0.0001 degrees each. */
    private static List<LocationPing> track(int count, Instant start) {
        List<LocationPing> track = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            track.add(new LocationPing(start.plusSeconds(30L * i), 39.70 + i * 0.0001, -104.95, OptionalDouble.of(5),
                    OptionalDouble.of(1.5), OptionalDouble.of(90)));
        }
        return track;
    }
}
