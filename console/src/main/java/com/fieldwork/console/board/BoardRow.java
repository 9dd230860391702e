package com.fieldwork.console.board;

import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.organisation.Branch;

/** A row of the dispatch board: a branch's heading, or one technician's day. */
public sealed interface BoardRow {

    record BranchHeading(Branch branch, int technicians) implements BoardRow {
    }

    record TechnicianRow(DispatchTechnician technician) implements BoardRow {
    }
}
