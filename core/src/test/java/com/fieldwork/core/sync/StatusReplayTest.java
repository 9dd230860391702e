package com.fieldwork.core.sync;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static com.fieldwork.core.workorder.WorkOrderStatus.ARRIVED;
import static com.fieldwork.core.workorder.WorkOrderStatus.ASSIGNED;
import static com.fieldwork.core.workorder.WorkOrderStatus.CLOSED;
import static com.fieldwork.core.workorder.WorkOrderStatus.COMPLETED;
import static com.fieldwork.core.workorder.WorkOrderStatus.EN_ROUTE;
import static com.fieldwork.core.workorder.WorkOrderStatus.IN_PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;

/** The chains a replayed status event takes: shortest, only through the technician's own moves. */
class StatusReplayTest {

    private static final Actor TECHNICIAN = new Actor(1, "tech", "Tech", Role.TECHNICIAN, OptionalLong.of(7));

    @Test
    void aJobLeftAssignedCatchesUpThroughTheStepsStillOnTheirWay() {
        assertThat(StatusReplay.chain(ASSIGNED, COMPLETED, TECHNICIAN))
                .contains(List.of(EN_ROUTE, ARRIVED, IN_PROGRESS, COMPLETED));
    }

    @Test
    void aNewerEventForTheCurrentStatusTakesTheShortestRoundTrip() {
        // turned back and set off again: the newest time must move on, or an older "Assigned" would win later
        assertThat(StatusReplay.chain(EN_ROUTE, EN_ROUTE, TECHNICIAN)).contains(List.of(ASSIGNED, EN_ROUTE));
    }

    @Test
    void aSingleLegalMoveIsItsOwnChain() {
        assertThat(StatusReplay.chain(EN_ROUTE, ARRIVED, TECHNICIAN)).contains(List.of(ARRIVED));
    }

    @Test
    void movesTheTechnicianMayNotMakeHaveNoChain() {
        assertThat(StatusReplay.chain(IN_PROGRESS, EN_ROUTE, TECHNICIAN)).isEmpty();
        assertThat(StatusReplay.chain(COMPLETED, CLOSED, TECHNICIAN)).isEmpty();
        assertThat(StatusReplay.chain(ASSIGNED, CLOSED, TECHNICIAN)).isEmpty();
    }
}
