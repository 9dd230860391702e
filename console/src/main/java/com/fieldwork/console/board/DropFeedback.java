package com.fieldwork.console.board;

import java.util.List;

/**
 * What the engine says about a drop while the card is dragged: the sentences of the hard conflicts (the
 * plan cannot be carried out so) and of the soft ones (risks: parts, SLA).
 */
public record DropFeedback(List<String> hard, List<String> soft) {

    public static final DropFeedback NONE = new DropFeedback(List.of(), List.of());

    public DropFeedback {
        hard = List.copyOf(hard);
        soft = List.copyOf(soft);
    }

    public boolean clean() {
        return hard.isEmpty() && soft.isEmpty();
    }

    public List<String> all() {
        return java.util.stream.Stream.concat(hard.stream(), soft.stream()).toList();
    }
}
