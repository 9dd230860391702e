package com.fieldwork.console.board.internal;

import com.fieldwork.console.board.BoardDrop;
import com.fieldwork.console.board.BoardRow;
import com.fieldwork.console.board.DispatchBoard;
import com.fieldwork.console.board.DropFeedback;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.board.BoardJob;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Drag and drop the CalendarFX way: a press arms, a move beyond a few pixels starts the drag, a copy of the
 * block follows the mouse snapped to the zoom's grid and shows what the engine says about the place under it
 * (colour, and a tooltip beside it with the time and the engine's sentences), and the release makes one
 * commit after the edit policy agrees. The block itself stays where it is until the commit comes back.
 * <p>
 * The tooltip is drawn in the board, not as a {@link javafx.scene.control.Tooltip} popup: a popup opened on
 * every drag repeated the same sentences in a second box and, being a window of its own, was repainted
 * whole at every mouse move.
 */
final class BoardDragController {

    static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final double START_DISTANCE = 4;
    private static final int SENTENCES_SHOWN = 4;

    private final DispatchBoard board;
    private final DispatchBoardSkin skin;
    private final Label ghost = new Label();
    private final Label feedbackLabel = new Label();

    private BoardJob armed;
    private double pressX;
    private double pressY;
    private Duration grab = Duration.ZERO;
    private BoardJob dragged;
    private BoardDrop target;
    private DropFeedback feedback = DropFeedback.NONE;
    private boolean byKeys;

    BoardDragController(DispatchBoard board, DispatchBoardSkin skin) {
        this.board = board;
        this.skin = skin;
        ghost.getStyleClass().add("drag-ghost");
        ghost.setManaged(false);
        ghost.setVisible(false);
        ghost.setMinSize(0, 0);
        feedbackLabel.getStyleClass().add("drag-feedback");
        feedbackLabel.setManaged(false);
        feedbackLabel.setVisible(false);
        feedbackLabel.setWrapText(true);
        skin.overlay.getChildren().addAll(ghost, feedbackLabel);
    }

    boolean active() {
        return dragged != null;
    }

    /** A mouse drag holds on to the pressed block's node, so the board must not repaint (recycle it) meanwhile. */
    boolean holdsPointer() {
        return dragged != null && !byKeys;
    }

    BoardJob dragged() {
        return dragged;
    }

    /** Where the copy is now, if over a technician's row. */
    Optional<BoardDrop> target() {
        return Optional.ofNullable(target);
    }

    void pressedOnBlock(Label block, MouseEvent e) {
        if (!(block.getUserData() instanceof BoardJob card) || !e.isPrimaryButtonDown()) {
            return;
        }
        board.selectedProperty().set(card);
        board.requestFocus();
        TimeSlot slot = card.planned().orElseThrow();
        Boolean allowed = board.editPolicyProperty().get()
                .call(new BoardDrop(card, card.technicianId().getAsLong(), slot.start()));
        if (Boolean.TRUE.equals(allowed)) {
            armed = card;
            pressX = e.getSceneX();
            pressY = e.getSceneY();
            Point2D local = skin.body().sceneToLocal(pressX, pressY);
            grab = Duration.between(slot.start(), skin.axis().at(local.getX()));
        }
        e.consume();
    }

    void dragged(MouseEvent e) {
        if (armed != null && dragged == null
                && Math.hypot(e.getSceneX() - pressX, e.getSceneY() - pressY) >= START_DISTANCE) {
            begin(armed, grab.toSeconds());
        }
        if (dragged != null) {
            moveTo(e.getSceneX(), e.getSceneY());
        }
        e.consume();
    }

    void released(MouseEvent e) {
        if (dragged != null) {
            end(e.getSceneX(), e.getSceneY());
        }
        armed = null;
        e.consume();
    }

    /** @param grabSeconds how far into the card the pointer holds it: the start is the pointer less this */
    void begin(BoardJob card, long grabSeconds) {
        byKeys = false;
        dragged = card;
        grab = Duration.ofSeconds(grabSeconds);
        target = null;
        ghost.setText(BlockStyle.shortNumber(card) + "\n" + card.order().summary());
    }

    /** The same drag without a pointer: the keyboard says where the copy goes ({@link #moveTo(long, Instant)}). */
    void beginWithKeys(BoardJob card) {
        begin(card, 0);
        byKeys = true;
    }

    void moveTo(double sceneX, double sceneY) {
        if (dragged == null) {
            return;
        }
        Point2D local = skin.body().sceneToLocal(sceneX, sceneY);
        Optional<BoardRow> row = skin.rowAt(local.getY());
        boolean inside = local.getX() >= 0 && local.getX() <= skin.axis().width();
        if (!inside || row.isEmpty() || !(row.get() instanceof BoardRow.TechnicianRow tech)) {
            target = null;
            feedback = DropFeedback.NONE;
            hide();
            return;
        }
        TimeAxis axis = skin.axis();
        moveTo(tech.technician().id(), axis.snap(axis.at(local.getX()).minus(grab)));
    }

    /** Puts the copy at a start on a technician's row (both in view) and shows what the engine says of it. */
    void moveTo(long technicianId, Instant start) {
        if (dragged == null) {
            return;
        }
        TimeAxis axis = skin.axis();
        target = new BoardDrop(dragged, technicianId, start);
        feedback = board.dropFeedbackProperty().get().apply(target);
        Duration length = dragged.planned().map(TimeSlot::duration).orElse(dragged.job().duration());
        double top = skin.rowTop(technicianId);
        double x0 = axis.x(start);
        double width = Math.max(6, axis.x(start.plus(length)) - x0);
        ghost.resizeRelocate(Math.round(x0), top + 1, Math.round(width), skin.rowHeight() - 2);
        ghost.pseudoClassStateChanged(CONFLICT, !feedback.hard().isEmpty());
        ghost.pseudoClassStateChanged(WARNING, feedback.hard().isEmpty() && !feedback.soft().isEmpty());
        ghost.setVisible(true);
        showFeedback(start, start.plus(length), x0, top);
    }

    private void showFeedback(Instant start, Instant end, double x0, double top) {
        StringBuilder text = new StringBuilder(BlockStyle.shortNumber(dragged)).append(" · ")
                .append(BlockStyle.timeRange(start, end, skin.zone()));
        var all = feedback.all();
        if (all.isEmpty()) {
            text.append(" · no conflicts");
        }
        all.stream().limit(SENTENCES_SHOWN).forEach(s -> text.append("\n⚠ ").append(s));
        if (all.size() > SENTENCES_SHOWN) {
            text.append("\n… and ").append(all.size() - SENTENCES_SHOWN).append(" more");
        }
        // most moves keep the same text: only a change needs the label's text laid out again
        if (!text.toString().equals(feedbackLabel.getText())) {
            feedbackLabel.setText(text.toString());
        }
        feedbackLabel.pseudoClassStateChanged(CONFLICT, !feedback.hard().isEmpty());
        feedbackLabel.pseudoClassStateChanged(WARNING, feedback.hard().isEmpty() && !feedback.soft().isEmpty());
        double w = Math.min(Math.min(460, skin.axis().width() - 8), feedbackLabel.prefWidth(-1));
        double h = feedbackLabel.prefHeight(w);
        double x = Math.max(4, Math.min(x0, skin.axis().width() - w - 4));
        double below = top + skin.rowHeight() + 2;
        double y = below + h > skin.body().getHeight() ? top - h - 2 : below;
        feedbackLabel.resizeRelocate(x, y, w, h);
        feedbackLabel.setVisible(true);
    }

    void end(double sceneX, double sceneY) {
        if (dragged == null) {
            return;
        }
        moveTo(sceneX, sceneY);
        drop();
    }

    /** Releases the copy where it is: one commit, if it moved and the edit policy agrees. */
    void drop() {
        if (dragged == null) {
            return;
        }
        BoardJob card = dragged;
        BoardDrop drop = target;
        DropFeedback seen = feedback;
        dragged = null;
        target = null;
        hide();
        board.requestLayout();
        if (drop == null || unchanged(card, drop)) {
            return;
        }
        if (Boolean.TRUE.equals(board.editPolicyProperty().get().call(drop))) {
            board.onDropProperty().get().accept(new DispatchBoard.DroppedCard(drop, seen));
        }
    }

    /** Puts the copy away; nothing is written. */
    void cancel() {
        dragged = null;
        target = null;
        hide();
        board.requestLayout();
    }

    private static boolean unchanged(BoardJob card, BoardDrop drop) {
        return card.scheduled() && card.technicianId().getAsLong() == drop.technicianId()
                && card.planned().get().start().equals(drop.start());
    }

    private void hide() {
        ghost.setVisible(false);
        feedbackLabel.setVisible(false);
    }

    /** What the last move showed; tests read it through the tooltip beside the ghost and the pseudo-classes. */
    DropFeedback feedback() {
        return feedback;
    }

    void dispose() {
        hide();
        skin.overlay.getChildren().removeAll(ghost, feedbackLabel);
    }
}
