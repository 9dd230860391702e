package com.fieldwork.core.dispatch;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static com.fieldwork.core.dispatch.DispatchWorld.job;
import static com.fieldwork.core.dispatch.DispatchWorld.technician;
import static org.assertj.core.api.Assertions.assertThat;

class PartsReadinessTest {

    @Test
    void aJobWithoutPartsIsReadyAndSaysSo() {
        PartsReadiness readiness = PartsReadiness.of(job(1).build(), Optional.of(technician(1).build()));

        assertThat(readiness.state()).isEqualTo(PartsReadiness.State.READY);
        assertThat(readiness.needsParts()).isFalse();
        assertThat(readiness.sentence()).isEqualTo("No parts needed");
    }

    @Test
    void everythingInTheVanIsReady() {
        PartsReadiness readiness = PartsReadiness.of(job(1).needsPart(7, "2", "0").build(),
                Optional.of(technician(1).van(7, "2").build()));

        assertThat(readiness.state()).isEqualTo(PartsReadiness.State.READY);
        assertThat(readiness.sentence()).isEqualTo("Parts in van");
    }

    @Test
    void theVanShortButAReservationCoveringTheRestIsReserved() {
        PartsReadiness readiness = PartsReadiness.of(job(1).needsPart(7, "3", "2").needsPart(8, "1", "0").build(),
                Optional.of(technician(1).van(7, "1").van(8, "4").build()));

        assertThat(readiness.state()).isEqualTo(PartsReadiness.State.RESERVED);
        assertThat(readiness.lines()).extracting(PartsReadiness.Line::state)
                .containsExactly(PartsReadiness.State.RESERVED, PartsReadiness.State.READY);
        assertThat(readiness.sentence()).isEqualTo("Parts reserved: 2 × Part 7");
    }

    @Test
    void oneMissingPartMakesTheJobMissingAndNamesWhoseVan() {
        PartsReadiness readiness = PartsReadiness.of(job(1).needsPart(7, "2", "0").needsPart(8, "1", "1").build(),
                Optional.of(technician(1).van(8, "0").build()));

        assertThat(readiness.state()).isEqualTo(PartsReadiness.State.MISSING);
        assertThat(readiness.lines().get(0).shortBy()).isEqualByComparingTo("2");
        assertThat(readiness.sentence()).isEqualTo("Parts missing: 2 × Part 7 not in "
                + readiness.technicianName().orElseThrow() + "'s van");
    }

    @Test
    void withoutATechnicianOnlyReservationsCount() {
        assertThat(PartsReadiness.of(job(1).needsPart(7, "2", "2").build(), Optional.empty()).state())
                .isEqualTo(PartsReadiness.State.RESERVED);
        PartsReadiness queued = PartsReadiness.of(job(1).needsPart(7, "2", "1").build(), Optional.empty());
        assertThat(queued.state()).isEqualTo(PartsReadiness.State.MISSING);
        assertThat(queued.sentence()).isEqualTo("Parts missing: 1 × Part 7 not reserved");
    }
}
