package com.fieldwork.core.dispatch.board;

import com.fieldwork.core.dispatch.Appointment;

import java.util.Objects;
import java.util.Optional;

/**
 * One change of an engine's plan (the optimizer's day, an emergency insertion) as the board commits it.
 *
 * @param to the technician and slot the card goes to; empty takes it off the board back into the queue
 */
public record PlanPlacement(BoardJob card, Optional<Appointment> to) {

    public PlanPlacement {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(to, "to");
    }
}
