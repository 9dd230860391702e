package com.fieldwork.core.dispatch.board;

import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.organisation.Branch;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything the dispatch board shows for a range of days, read together.
 *
 * @param zone      the zone the board's days and the engine's rules are read in (the company's first branch)
 * @param scheduled visits with a technician and a time overlapping the range
 * @param queue     open work orders without a scheduled visit, most urgent first
 */
public record BoardData(TimeSlot range, ZoneId zone, List<Branch> branches, List<DispatchTechnician> technicians,
                        List<BoardJob> scheduled, List<BoardJob> queue) {

    public BoardData {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(zone, "zone");
        branches = List.copyOf(branches);
        technicians = List.copyOf(technicians);
        scheduled = List.copyOf(scheduled);
        queue = List.copyOf(queue);
    }
}
