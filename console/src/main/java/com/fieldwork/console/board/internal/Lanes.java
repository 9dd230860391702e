package com.fieldwork.console.board.internal;

import com.fieldwork.core.dispatch.board.BoardJob;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Overlapping visits of one technician side by side in lanes, so no block hides another. */
final class Lanes {

    private Lanes() {
    }

    /** The lane of each card (cards sorted by start): the first lane whose last visit has ended. */
    static int[] assign(List<BoardJob> cards) {
        int[] lanes = new int[cards.size()];
        List<Instant> laneEnds = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            var slot = cards.get(i).planned().orElseThrow();
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(slot.start())) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(slot.end());
            } else {
                laneEnds.set(lane, slot.end());
            }
            lanes[i] = lane;
        }
        return lanes;
    }

    static int count(int[] lanes) {
        int max = 0;
        for (int lane : lanes) {
            max = Math.max(max, lane);
        }
        return max + 1;
    }
}
