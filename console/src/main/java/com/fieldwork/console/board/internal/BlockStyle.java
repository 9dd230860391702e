package com.fieldwork.console.board.internal;

import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.PartsReadiness;
import com.fieldwork.core.dispatch.board.BoardJob;
import com.fieldwork.core.technician.AbsenceKind;
import com.fieldwork.core.technician.TechnicianSkill;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a visit block says and how it is styled: status and priority as style classes, states as pseudo-classes. */
final class BlockStyle {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");
    static final PseudoClass LATE = PseudoClass.getPseudoClass("late");
    static final PseudoClass PARTS_RESERVED = PseudoClass.getPseudoClass("parts-reserved");
    static final PseudoClass PARTS_MISSING = PseudoClass.getPseudoClass("parts-missing");
    private static final String PARTS_MARK = "fieldwork.parts-mark";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private BlockStyle() {
    }

    static void apply(Label block, BoardJob card, PartsReadiness parts, boolean selected, double height) {
        block.setUserData(card);
        List<String> classes = List.of("visit-block", statusClass(card), priorityClass(card));
        if (!block.getStyleClass().equals(classes)) {
            block.getStyleClass().setAll(classes);
        }
        block.pseudoClassStateChanged(SELECTED, selected);
        block.pseudoClassStateChanged(PINNED, card.job().pinned());
        boolean late = card.order().slaDue().isPresent() && card.planned().isPresent()
                && card.planned().get().end().isAfter(card.order().slaDue().get().resolutionDue());
        block.pseudoClassStateChanged(LATE, late);
        partsMark(block, parts);
        String number = shortNumber(card);
        block.setText(height >= 30 ? number + "\n" + card.order().summary() : number + "  " + card.order().summary());
    }

    /**
     * A small dot before the text when the parts are not all in the van: amber when reserved elsewhere, red when
     * missing. One dot per pooled block, made the first time it is needed.
     */
    private static void partsMark(Label block, PartsReadiness parts) {
        if (parts.state() == PartsReadiness.State.READY) {
            if (block.getGraphic() != null) {
                block.setGraphic(null);
            }
            return;
        }
        Region mark = (Region) block.getProperties().computeIfAbsent(PARTS_MARK, k -> {
            Region dot = new Region();
            dot.getStyleClass().add("parts-mark");
            return dot;
        });
        mark.pseudoClassStateChanged(PARTS_RESERVED, parts.state() == PartsReadiness.State.RESERVED);
        mark.pseudoClassStateChanged(PARTS_MISSING, parts.state() == PartsReadiness.State.MISSING);
        if (block.getGraphic() != mark) {
            block.setGraphic(mark);
        }
    }

    /**
     * "#412" for WO-2026-000412: a block at day zoom is a few characters wide, and within a board's week the
     * sequence alone tells jobs apart; the tooltip and the queue show the full number.
     */
    static String shortNumber(BoardJob card) {
        return "#" + card.order().number().sequence();
    }

    static String statusClass(BoardJob card) {
        return "status-" + card.order().status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String priorityClass(BoardJob card) {
        return "priority-" + card.order().priority().name().toLowerCase(Locale.ROOT);
    }

    /** Built when the mouse enters, not on every paint: most blocks are never hovered. */
    static void tooltip(Label block, BoardJob card, PartsReadiness parts, ZoneId zone) {
        if (card == null) {
            return;
        }
        Tooltip tip = block.getTooltip();
        if (tip == null) {
            tip = new Tooltip();
            tip.setShowDelay(Duration.millis(300));
            tip.getStyleClass().add("visit-tooltip");
            block.setTooltip(tip);
        }
        tip.setText(parts.needsParts() ? describe(card, zone) + "\n" + parts.sentence()
                : describe(card, zone));
    }

    /** "Tue 1 Dec 09:45–10:30" in the company's zone. */
    static String timeRange(Instant start, Instant end, ZoneId zone) {
        return DAY_TIME.format(start.atZone(zone)) + '–' + TIME.format(end.atZone(zone));
    }

    static String describe(BoardJob card, ZoneId zone) {
        StringBuilder text = new StringBuilder()
                .append(card.order().number()).append(" — ").append(card.order().summary()).append('\n')
                .append(card.order().status().label()).append(", ").append(card.order().priority().label())
                .append(" priority").append('\n')
                .append(card.siteName());
        card.planned().ifPresent(slot -> text.append('\n').append(timeRange(slot.start(), slot.end(), zone)));
        card.order().slaDue().ifPresent(due -> text.append("\nSLA due ")
                .append(DAY_TIME.format(due.resolutionDue().atZone(zone))));
        if (card.job().pinned()) {
            text.append("\nPinned: in progress or locked");
        }
        return text.toString();
    }

    static String skills(DispatchTechnician technician) {
        return technician.profile().skills().stream()
                .map((TechnicianSkill s) -> s.skill().code() + " " + s.level())
                .collect(Collectors.joining(" · "));
    }

    static String label(AbsenceKind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
