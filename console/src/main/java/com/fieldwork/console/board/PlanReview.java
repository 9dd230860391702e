package com.fieldwork.console.board;

import com.fieldwork.core.dispatch.Appointment;
import com.fieldwork.core.dispatch.board.BoardJob;

import java.util.List;
import java.util.Optional;

/**
 * A proposal from the engine (the optimizer's day, an emergency insertion) waiting for the dispatcher: what it
 * would change, in sentences, and the placements accepting it commits.
 *
 * @param placements each card with where it goes; empty {@code to} takes it off the board
 */
public record PlanReview(String title, String summary, List<String> changes, List<Placement> placements) {

    public PlanReview {
        changes = List.copyOf(changes);
        placements = List.copyOf(placements);
    }

    public record Placement(BoardJob card, Optional<Appointment> to) {
    }
}
