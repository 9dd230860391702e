package com.fieldwork.console.board;

import com.fieldwork.core.dispatch.PartsReadiness;
import com.fieldwork.core.dispatch.board.BoardJob;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * A line of the unassigned queue: priority, number, summary and how long until the SLA is due. Pressing and
 * dragging it hands the card to the board, which shows where it would go and what the engine says.
 */
final class QueueCell extends ListCell<BoardJob> {

    private final DispatchBoard board;
    private final Clock clock;
    private final Label priority = new Label();
    private final Label number = new Label();
    private final Label summary = new Label();
    private final Label due = new Label();
    private final Label parts = new Label();
    private final HBox root;
    private boolean dragging;

    QueueCell(DispatchBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
        number.getStyleClass().add("queue-number");
        summary.getStyleClass().add("queue-summary");
        due.getStyleClass().add("queue-due");
        parts.managedProperty().bind(parts.visibleProperty());
        HBox top = new HBox(6, priority, number);
        // beside the SLA line, which is short: the top line is full with the priority and the number
        HBox bottom = new HBox(6, due, parts);
        VBox text = new VBox(1, top, summary, bottom);
        HBox.setHgrow(text, Priority.ALWAYS);
        root = new HBox(6, text);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    @Override
    protected void updateItem(BoardJob card, boolean empty) {
        super.updateItem(card, empty);
        if (empty || card == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        priority.setText(card.order().priority().label());
        priority.getStyleClass().setAll("priority-chip",
                "priority-" + card.order().priority().name().toLowerCase(Locale.ROOT));
        number.setText(card.order().number().toString());
        summary.setText(card.order().summary() + " · " + card.job().duration().toMinutes() + " min");
        due.getStyleClass().setAll("queue-due");
        showParts(board.getState().partsReadiness(card));
        card.order().slaDue().ifPresentOrElse(d -> {
            Duration left = Duration.between(clock.instant(), d.resolutionDue());
            due.setText(left.isNegative() ? "SLA overdue by " + human(left.negated()) : "SLA due in " + human(left));
            if (left.isNegative()) {
                due.getStyleClass().add("overdue");
            }
        }, () -> due.setText("No SLA"));
        setText(null);
        setGraphic(root);
    }

    /** A small chip when the job needs parts: reserved for it, or still to find (a queued job has no van yet). */
    private void showParts(PartsReadiness readiness) {
        parts.setVisible(readiness.needsParts());
        if (!readiness.needsParts()) {
            return;
        }
        String state = readiness.state().name().toLowerCase(Locale.ROOT);
        parts.getStyleClass().setAll("parts-chip", "parts-" + state);
        parts.setText(switch (readiness.state()) {
            case READY -> "Parts ✓";
            case RESERVED -> "Parts reserved";
            case MISSING -> "Parts missing";
        });
        Tooltip tip = parts.getTooltip();
        if (tip == null) {
            tip = new Tooltip();
            parts.setTooltip(tip);
        }
        tip.setText(readiness.sentence());
    }

    private static String human(Duration d) {
        long hours = d.toHours();
        return hours >= 48 ? d.toDays() + " days" : hours >= 1 ? hours + " h " + d.toMinutesPart() + " min"
                : d.toMinutes() + " min";
    }

    private void dragged(MouseEvent e) {
        if (getItem() == null) {
            return;
        }
        if (!dragging) {
            dragging = true;
            board.beginDrag(getItem());
        }
        board.dragTo(e.getSceneX(), e.getSceneY());
        e.consume();
    }

    private void released(MouseEvent e) {
        if (dragging) {
            dragging = false;
            board.endDrag(e.getSceneX(), e.getSceneY());
            e.consume();
        }
    }
}
