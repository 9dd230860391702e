package com.fieldwork.console.board;

import com.fieldwork.core.dispatch.board.PlanPlacement;

import java.util.List;

/**
 * A proposal from the engine (the optimizer's day, an emergency insertion) waiting for the dispatcher: what it
 * would change, in sentences, and the placements accepting it commits.
 *
 * @param placements each card with where it goes; accepting commits all of them in one transaction, or none
 */
public record PlanReview(String title, String summary, List<String> changes, List<PlanPlacement> placements) {

    public PlanReview {
        changes = List.copyOf(changes);
        placements = List.copyOf(placements);
    }
}
