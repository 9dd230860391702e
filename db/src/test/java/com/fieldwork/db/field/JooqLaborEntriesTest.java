package com.fieldwork.db.field;

import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.field.LaborEntry;
import com.fieldwork.core.field.NewLaborEntry;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.LABOR_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqLaborEntriesTest extends DatabaseTest {

    private static final Instant NINE = Seed.T0.minus(Duration.ofHours(6));

    private FieldWorld world;
    private JooqLaborEntries labor;

    @BeforeEach
    void world() {
        world = new FieldWorld(dsl());
        labor = new JooqLaborEntries(dsl(), world.clock);
    }

    @Test
    void laborIsRecordedForTheActingTechnicianAndAudited() {
        int audit = world.auditRows();

        LaborEntry entry = labor.record(entry(UUID.randomUUID(), world.workOrder, NINE, NINE.plus(Duration.ofMinutes(45))),
                world.technician);

        assertThat(entry.technicianId()).isEqualTo(world.technician.technicianId().getAsLong());
        assertThat(entry.visitId()).hasValue(world.visit);
        assertThat(entry.note()).contains("Replaced igniter");
        assertThat(labor.forWorkOrder(world.workOrder)).containsExactly(entry);
        assertThat(world.auditRows()).isEqualTo(audit + 1);
        assertThat(world.feedRows("labor_entry")).isEqualTo(1);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> entry(UUID.randomUUID(), world.workOrder, NINE, NINE.minusSeconds(60)))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "endedAt");
        assertThatThrownBy(() -> entry(UUID.randomUUID(), world.workOrder, NINE, NINE))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void anEndInTheFutureOrAnOfficeUserIsRefusedAndNothingIsWritten() {
        int audit = world.auditRows();
        Instant now = world.clock.instant();

        assertThatThrownBy(() -> labor.record(entry(UUID.randomUUID(), world.workOrder, now, now.plus(Duration.ofHours(1))),
                world.technician)).isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "endedAt");
        assertThat(labor.record(entry(UUID.randomUUID(), world.workOrder, now, now.plus(Duration.ofMinutes(4))),
                world.technician)).isNotNull();
        assertThatThrownBy(() -> labor.record(entry(UUID.randomUUID(), world.workOrder, NINE, NINE.plusSeconds(60)),
                world.dispatcher)).isInstanceOf(ValidationException.class).hasFieldOrPropertyWithValue("field", "technicianId");
        assertThat(dsl().fetchCount(LABOR_ENTRY)).isEqualTo(1);
        assertThat(world.auditRows()).isEqualTo(audit + 1);
    }

    @Test
    void overlappingLaborOfTheSameTechnicianIsAConflict() {
        labor.record(entry(UUID.randomUUID(), world.workOrder, NINE, NINE.plus(Duration.ofHours(1))), world.technician);
        int audit = world.auditRows();

        assertThatThrownBy(() -> labor.record(entry(UUID.randomUUID(), world.otherWorkOrder,
                NINE.plus(Duration.ofMinutes(30)), NINE.plus(Duration.ofMinutes(90))), world.technician))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("overlaps");
        // Touching end to start is not an overlap, and another technician's time is theirs.
        labor.record(entry(UUID.randomUUID(), world.workOrder, NINE.plus(Duration.ofHours(1)), NINE.plus(Duration.ofHours(2))),
                world.technician);
        labor.record(entry(UUID.randomUUID(), world.workOrder, NINE, NINE.plus(Duration.ofHours(1))), world.otherTechnician);
        assertThat(dsl().fetchCount(LABOR_ENTRY)).isEqualTo(3);
        assertThat(world.auditRows()).isEqualTo(audit + 2);
    }

    @Test
    void aResentEntryIsAReplayAndOtherTimesUnderItsIdAConflict() {
        UUID clientId = UUID.randomUUID();
        LaborEntry first = labor.record(entry(clientId, world.workOrder, NINE, NINE.plusSeconds(600)), world.technician);

        assertThat(labor.record(entry(clientId, world.workOrder, NINE, NINE.plusSeconds(600)), world.technician))
                .isEqualTo(first);
        assertThatThrownBy(() -> labor.record(entry(clientId, world.workOrder, NINE, NINE.plusSeconds(900)), world.technician))
                .isInstanceOf(ConflictException.class);
        assertThat(dsl().fetchCount(LABOR_ENTRY)).isEqualTo(1);
    }

    private NewLaborEntry entry(UUID clientId, long workOrder, Instant start, Instant end) {
        OptionalLong visit = workOrder == world.workOrder ? OptionalLong.of(world.visit) : OptionalLong.of(world.otherVisit);
        return new NewLaborEntry(clientId, workOrder, visit, start, end, true, Optional.of("Replaced igniter"));
    }
}
