package com.fieldwork.console.board;

import com.fieldwork.console.board.internal.DispatchBoardSkin;
import com.fieldwork.core.dispatch.board.BoardJob;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.util.Callback;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The dispatch board: technicians as rows grouped by branch, time as columns, visits as blocks coloured by
 * status and priority, absences and off-hours shaded, a line at now. Only the rows and the time in view have
 * nodes, so a board of 200 technicians and 5,000 visits costs what a screenful costs.
 *
 * <p>Dragging (a block, or a queue line through {@link #beginDrag}) shows a copy of the block at the place under
 * the mouse, coloured and explained by {@link #dropFeedbackProperty()} on every move; on release the
 * {@link #editPolicyProperty() edit policy} is asked and, if it agrees, {@link #onDropProperty()} gets the
 * one commit. Style classes: {@code dispatch-board}, {@code visit-block} with {@code status-*} and
 * {@code priority-*}, pseudo-classes {@code :selected}, {@code :pinned}, {@code :conflict}, {@code :warning}.
 */
public class DispatchBoard extends Control {

    public static final String DEFAULT_STYLE_CLASS = "dispatch-board";

    private final ObjectProperty<BoardState> state = new SimpleObjectProperty<>(this, "state", BoardState.EMPTY);
    private final ObjectProperty<Instant> viewStart = new SimpleObjectProperty<>(this, "viewStart", Instant.EPOCH);
    private final ObjectProperty<BoardZoom> zoom = new SimpleObjectProperty<>(this, "zoom", BoardZoom.HOURS);
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(this, "now", Instant.EPOCH);
    private final ObjectProperty<BoardJob> selected = new SimpleObjectProperty<>(this, "selected");
    private final DoubleProperty rowHeight = new SimpleDoubleProperty(this, "rowHeight", 40);
    private final ObjectProperty<Function<BoardDrop, DropFeedback>> dropFeedback =
            new SimpleObjectProperty<>(this, "dropFeedback", drop -> DropFeedback.NONE);
    private final ObjectProperty<Callback<BoardDrop, Boolean>> editPolicy =
            new SimpleObjectProperty<>(this, "editPolicy", drop -> true);
    private final ObjectProperty<Consumer<DroppedCard>> onDrop = new SimpleObjectProperty<>(this, "onDrop", d -> { });

    /** A drop the policy agreed to, with what the engine said about it at the moment of release. */
    public record DroppedCard(BoardDrop drop, DropFeedback feedback) {
    }

    public DispatchBoard() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DispatchBoardSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(DispatchBoard.class.getResource("/com/fieldwork/console/app.css")).toExternalForm();
    }

    /**
     * Starts dragging a card from outside the board (the queue): the caller forwards its own mouse-drag and
     * release events (scene coordinates) to {@link #dragTo} and {@link #endDrag}.
     */
    public void beginDrag(BoardJob card) {
        skin().beginDrag(card);
    }

    /**
     * Picks up a queued card with the keyboard: it appears on the first technician in view, the arrows move it,
     * Enter places it (the same drop as the mouse's) and Escape puts it back. Visits already on the board are
     * picked up with the arrows and Enter once the board has the focus.
     */
    public void placeWithKeys(BoardJob queued) {
        requestFocus();
        skin().placeWithKeys(queued);
    }

    public void dragTo(double sceneX, double sceneY) {
        skin().dragTo(sceneX, sceneY);
    }

    public void endDrag(double sceneX, double sceneY) {
        skin().endDrag(sceneX, sceneY);
    }

    /** Scrolls so that the technician's row is in view. */
    public void scrollToTechnician(long technicianId) {
        skin().scrollToTechnician(technicianId);
    }

    private DispatchBoardSkin skin() {
        if (!(getSkin() instanceof DispatchBoardSkin skin)) {
            throw new IllegalStateException("The dispatch board has no skin yet: add it to a scene first");
        }
        return skin;
    }

    public ObjectProperty<BoardState> stateProperty() {
        return state;
    }

    public BoardState getState() {
        return state.get();
    }

    public void setState(BoardState value) {
        state.set(value);
    }

    /** The instant at the left edge of the time area. */
    public ObjectProperty<Instant> viewStartProperty() {
        return viewStart;
    }

    public Instant getViewStart() {
        return viewStart.get();
    }

    public void setViewStart(Instant value) {
        viewStart.set(value);
    }

    public ObjectProperty<BoardZoom> zoomProperty() {
        return zoom;
    }

    public BoardZoom getZoom() {
        return zoom.get();
    }

    public void setZoom(BoardZoom value) {
        zoom.set(value);
    }

    /** Where the now-line is drawn; the view advances it, tests fix it. */
    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    public void setNow(Instant value) {
        now.set(value);
    }

    public ObjectProperty<BoardJob> selectedProperty() {
        return selected;
    }

    public DoubleProperty rowHeightProperty() {
        return rowHeight;
    }

    public double getRowHeight() {
        return rowHeight.get();
    }

    /** Asked on every mouse move of a drag: what is wrong with putting the card there. */
    public ObjectProperty<Function<BoardDrop, DropFeedback>> dropFeedbackProperty() {
        return dropFeedback;
    }

    /**
     * Asked on release (and before a block drag starts, with its current place): false cancels the drag.
     * Like CalendarFX's entry edit policy: the application decides, the control only asks.
     */
    public ObjectProperty<Callback<BoardDrop, Boolean>> editPolicyProperty() {
        return editPolicy;
    }

    /** Receives the one commit of a drag the policy agreed to. */
    public ObjectProperty<Consumer<DroppedCard>> onDropProperty() {
        return onDrop;
    }
}
