package com.fieldwork.console.board.internal;

import com.fieldwork.console.board.BoardDrop;
import com.fieldwork.console.board.BoardRow;
import com.fieldwork.console.board.DispatchBoard;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.board.BoardJob;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The board without a mouse. Arrows choose a visit: left and right along the technician's row, up and down
 * to the visit nearest in time on the next technician's row. Enter picks it up; the arrows then move its copy
 * one snap step or one technician, with the same engine check and tooltip as a drag, Enter puts it down
 * through the same drop as the mouse and Escape puts it back. A queued job is placed the same way
 * ({@link DispatchBoard#placeWithKeys}).
 */
final class BoardKeys {

    private final DispatchBoard board;
    private final DispatchBoardSkin skin;
    private final BoardDragController drag;

    BoardKeys(DispatchBoard board, DispatchBoardSkin skin, BoardDragController drag) {
        this.board = board;
        this.skin = skin;
        this.drag = drag;
    }

    void pressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // the window's shortcuts
        }
        boolean handled = drag.active() && !drag.holdsPointer() ? moving(e.getCode()) : choosing(e.getCode());
        if (handled) {
            e.consume();
        }
    }

    /** Focus leaving the board in the middle of a move puts the copy back rather than leave it hanging. */
    void focusLost() {
        if (drag.active() && !drag.holdsPointer()) {
            drag.cancel();
        }
    }

    private boolean choosing(KeyCode code) {
        switch (code) {
            case LEFT, RIGHT -> selectAlongRow(code == KeyCode.RIGHT ? 1 : -1);
            case UP, DOWN -> selectOnNextRow(code == KeyCode.DOWN ? 1 : -1);
            case ENTER, SPACE -> {
                BoardJob selected = board.selectedProperty().get();
                if (selected == null || !selected.scheduled()) {
                    return false;
                }
                pickUp(selected, selected.technicianId().getAsLong(), selected.planned().get().start());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean moving(KeyCode code) {
        BoardDrop at = drag.target().orElseThrow();
        Duration step = board.getZoom().snap();
        switch (code) {
            case LEFT -> show(at.technicianId(), at.start().minus(step));
            case RIGHT -> show(at.technicianId(), at.start().plus(step));
            case UP, DOWN -> nextTechnician(at.technicianId(), code == KeyCode.DOWN ? 1 : -1)
                    .ifPresent(id -> show(id, at.start()));
            case ENTER, SPACE -> drag.drop();
            case ESCAPE -> drag.cancel();
            case TAB -> {
                drag.cancel();
                return false; // the focus moves on as usual
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A queued job enters on the first technician in view at the start of the view. */
    void place(BoardJob queued) {
        List<Long> technicians = technicianIds();
        if (technicians.isEmpty()) {
            return;
        }
        long first = technicians.stream().filter(id -> skin.rowTop(id) >= 0).findFirst().orElse(technicians.get(0));
        TimeAxis axis = skin.axis();
        pickUp(queued, first, axis.snap(axis.start().plus(board.getZoom().snap())));
    }

    private void pickUp(BoardJob card, long technicianId, Instant start) {
        Boolean allowed = board.editPolicyProperty().get().call(new BoardDrop(card, technicianId, start));
        if (!Boolean.TRUE.equals(allowed)) {
            return;
        }
        board.selectedProperty().set(card);
        drag.beginWithKeys(card);
        show(technicianId, start);
    }

    /** Scrolls the place into view first: the copy is only ever drawn where the board is painted. */
    private void show(long technicianId, Instant start) {
        reveal(technicianId, new TimeSlot(start, start.plus(length(drag.dragged()))));
        drag.moveTo(technicianId, start);
    }

    private void selectAlongRow(int direction) {
        BoardJob selected = board.selectedProperty().get();
        if (selected == null || !selected.scheduled()) {
            selectFirstInView();
            return;
        }
        List<BoardJob> row = scheduled(selected.technicianId().getAsLong());
        int at = indexOf(row, selected);
        int next = at + direction;
        if (next >= 0 && next < row.size()) {
            select(row.get(next));
        }
    }

    private void selectOnNextRow(int direction) {
        BoardJob selected = board.selectedProperty().get();
        if (selected == null || !selected.scheduled()) {
            selectFirstInView();
            return;
        }
        Instant around = selected.planned().get().start();
        Optional<Long> technician = Optional.of(selected.technicianId().getAsLong());
        while ((technician = nextTechnician(technician.get(), direction)).isPresent()) {
            Optional<BoardJob> nearest = scheduled(technician.get()).stream()
                    .min(Comparator.comparing(c -> Duration.between(c.planned().get().start(), around).abs()));
            if (nearest.isPresent()) {
                select(nearest.get());
                return;
            }
        }
    }

    private void selectFirstInView() {
        technicianIds().stream().filter(id -> skin.rowTop(id) >= 0)
                .flatMap(id -> scheduled(id).stream()
                        .filter(c -> !c.planned().get().end().isBefore(skin.axis().start())))
                .findFirst()
                .ifPresent(this::select);
    }

    private void select(BoardJob card) {
        board.selectedProperty().set(card);
        reveal(card.technicianId().getAsLong(), card.planned().get());
    }

    private void reveal(long technicianId, TimeSlot slot) {
        TimeAxis axis = skin.axis();
        if (slot.start().isBefore(axis.start()) || slot.end().isAfter(axis.end())) {
            Instant viewStart = slot.start().minus(board.getZoom().span().dividedBy(4));
            TimeSlot range = board.getState().range();
            board.setViewStart(viewStart.isBefore(range.start()) ? range.start() : viewStart);
        }
        double top = skin.rowTop(technicianId);
        if (top < 0 || top + skin.rowHeight() > skin.body().getHeight()) {
            skin.scrollToTechnician(technicianId);
        }
        board.layout();
    }

    private Optional<Long> nextTechnician(long technicianId, int direction) {
        List<Long> ids = technicianIds();
        int next = ids.indexOf(technicianId) + direction;
        return next >= 0 && next < ids.size() ? Optional.of(ids.get(next)) : Optional.empty();
    }

    private List<Long> technicianIds() {
        return board.getState().rows().stream()
                .filter(BoardRow.TechnicianRow.class::isInstance)
                .map(r -> ((BoardRow.TechnicianRow) r).technician().id())
                .toList();
    }

    private List<BoardJob> scheduled(long technicianId) {
        return board.getState().cards(technicianId).stream()
                .filter(BoardJob::scheduled)
                .sorted(Comparator.comparing(c -> c.planned().get().start()))
                .toList();
    }

    private static int indexOf(List<BoardJob> row, BoardJob card) {
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i).key() == card.key()) {
                return i;
            }
        }
        return -1;
    }

    private static Duration length(BoardJob card) {
        return card.planned().map(TimeSlot::duration).orElse(card.job().duration());
    }
}
