package com.fieldwork.console.board.internal;

import com.fieldwork.console.board.BoardRow;
import com.fieldwork.console.board.BoardState;
import com.fieldwork.console.board.DispatchBoard;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.board.BoardJob;
import javafx.geometry.Orientation;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Draws only what is in view: the rows between the scroll position and the bottom edge, the time between the
 * view's start and its end. Nodes come from pools and are reused from paint to paint. Dragging is handled by
 * {@link BoardDragController}; while a drag is on, only its copy of the block moves.
 */
public class DispatchBoardSkin extends SkinBase<DispatchBoard> {

    static final double NAME_WIDTH = 200;
    static final double HEADER_HEIGHT = 30;

    private final Pane header = layer("time-header");
    private final Pane names = layer("row-names");
    private final Pane body = layer("board-body");
    private final Pane rowLayer = layer(null);
    private final Pane shadeLayer = layer(null);
    private final Pane gridLayer = layer(null);
    private final Pane blockLayer = layer(null);
    /**
     * What moves with the mouse (the dragged copy and its tooltip) and the now line: an unmanaged Group, not a
     * Pane. A child moving inside a Pane, or inside a managed Group (whose new bounds lay out its parent),
     * repainted the whole board body at every mouse move, 15-18 ms a frame in software rendering; this way
     * only where the copy was and is gets repainted (PULSE log: -Djavafx.pulseLogger=true).
     */
    final Group overlay = new Group();
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private final Rectangle bodyClip = new Rectangle();
    private final Rectangle headerClip = new Rectangle();
    private final Rectangle namesClip = new Rectangle();

    private final NodePool<Region> rowPool = new NodePool<>(rowLayer, Region::new);
    private final NodePool<Region> shadePool = new NodePool<>(shadeLayer, Region::new);
    private final NodePool<Region> gridPool = new NodePool<>(gridLayer, Region::new);
    private final NodePool<Label> blockPool = new NodePool<>(blockLayer, this::newBlock);
    private final NodePool<Label> namePool = new NodePool<>(names, Label::new);
    private final NodePool<Label> tickPool = new NodePool<>(header, Label::new);
    private final Region nowLine = new Region();
    private final BoardDragController drag;
    private final BoardKeys keys;
    private final RowPainter rowPainter = new RowPainter(this, rowPool, shadePool, blockPool, namePool);

    private TimeAxis axis;
    private boolean updatingBars;

    public DispatchBoardSkin(DispatchBoard board) {
        super(board);
        body.getChildren().addAll(rowLayer, shadeLayer, gridLayer, blockLayer, overlay);
        nowLine.getStyleClass().add("now-line");
        nowLine.setManaged(false);
        overlay.setManaged(false);
        overlay.getChildren().add(nowLine);
        body.setClip(bodyClip);
        header.setClip(headerClip);
        names.setClip(namesClip);
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.setOrientation(Orientation.HORIZONTAL);
        getChildren().addAll(header, names, body, vbar, hbar);
        drag = new BoardDragController(board, this);
        keys = new BoardKeys(board, this, drag);
        board.addEventHandler(KeyEvent.KEY_PRESSED, keys::pressed);
        registerChangeListener(board.focusedProperty(), o -> {
            if (!board.isFocused()) {
                keys.focusLost();
            }
        });

        vbar.valueProperty().addListener((obs, old, now) -> board.requestLayout());
        hbar.valueProperty().addListener((obs, old, now) -> {
            if (!updatingBars) {
                board.setViewStart(rangeStart().plusSeconds(Math.round(now.doubleValue()) * 60));
            }
        });
        body.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        registerChangeListener(board.stateProperty(), o -> board.requestLayout());
        registerChangeListener(board.viewStartProperty(), o -> board.requestLayout());
        registerChangeListener(board.zoomProperty(), o -> board.requestLayout());
        registerChangeListener(board.nowProperty(), o -> board.requestLayout());
        registerChangeListener(board.selectedProperty(), o -> board.requestLayout());
        registerChangeListener(board.rowHeightProperty(), o -> board.requestLayout());
    }

    private static Pane layer(String styleClass) {
        Pane pane = new Pane();
        if (styleClass != null) {
            pane.getStyleClass().add(styleClass);
        }
        return pane;
    }

    private Label newBlock() {
        Label block = new Label();
        block.setMinSize(0, 0);
        block.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> drag.pressedOnBlock(block, e));
        block.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> drag.dragged(e));
        block.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag.released(e));
        block.setOnMouseEntered(e -> {
            BoardJob card = (BoardJob) block.getUserData();
            if (card != null) {
                BlockStyle.tooltip(block, card, getSkinnable().getState().partsReadiness(card), zone());
            }
        });
        return block;
    }

    @Override
    public void dispose() {
        drag.dispose();
        getChildren().clear();
        super.dispose();
    }

    // ---- geometry ------------------------------------------------------------------------------------------

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double barW = vbar.prefWidth(-1);
        double barH = hbar.prefHeight(-1);
        double bodyW = Math.max(1, w - NAME_WIDTH - barW);
        double bodyH = Math.max(1, h - HEADER_HEIGHT - barH);
        header.resizeRelocate(x + NAME_WIDTH, y, bodyW, HEADER_HEIGHT);
        names.resizeRelocate(x, y + HEADER_HEIGHT, NAME_WIDTH, bodyH);
        body.resizeRelocate(x + NAME_WIDTH, y + HEADER_HEIGHT, bodyW, bodyH);
        vbar.resizeRelocate(x + w - barW, y + HEADER_HEIGHT, barW, bodyH);
        hbar.resizeRelocate(x + NAME_WIDTH, y + h - barH, bodyW, barH);
        for (Pane layer : List.of(rowLayer, shadeLayer, gridLayer, blockLayer)) {
            layer.resizeRelocate(0, 0, bodyW, bodyH);
        }
        bodyClip.setWidth(bodyW);
        bodyClip.setHeight(bodyH);
        headerClip.setWidth(bodyW);
        headerClip.setHeight(HEADER_HEIGHT);
        namesClip.setWidth(NAME_WIDTH);
        namesClip.setHeight(bodyH);
        axis = new TimeAxis(getSkinnable().getViewStart(), bodyW, getSkinnable().getZoom(), zone());
        updateBars(bodyH);
        if (!drag.holdsPointer()) {
            paint(bodyW, bodyH);
        }
    }

    private void updateBars(double bodyH) {
        updatingBars = true;
        double content = getSkinnable().getState().rows().size() * rowHeight();
        vbar.setMin(0);
        vbar.setMax(Math.max(0, content - bodyH));
        vbar.setVisibleAmount(bodyH);
        vbar.setValue(Math.min(vbar.getValue(), vbar.getMax()));
        TimeSlot range = getSkinnable().getState().range();
        double minutes = java.time.Duration.between(range.start(), range.end()).toMinutes();
        double span = getSkinnable().getZoom().span().toMinutes();
        hbar.setMin(0);
        hbar.setMax(Math.max(0, minutes - span));
        hbar.setVisibleAmount(span);
        hbar.setValue(java.time.Duration.between(range.start(), getSkinnable().getViewStart()).toMinutes());
        updatingBars = false;
    }

    private Instant rangeStart() {
        return getSkinnable().getState().range().start();
    }

    ZoneId zone() {
        return getSkinnable().getState().zone();
    }

    double rowHeight() {
        return getSkinnable().getRowHeight();
    }

    TimeAxis axis() {
        return axis;
    }

    Pane body() {
        return body;
    }

    /** The row at a y in the body's coordinates (scroll included), if any. */
    Optional<BoardRow> rowAt(double bodyY) {
        int index = (int) Math.floor((bodyY + vbar.getValue()) / rowHeight());
        List<BoardRow> rows = getSkinnable().getState().rows();
        return index >= 0 && index < rows.size() && bodyY >= 0 ? Optional.of(rows.get(index)) : Optional.empty();
    }

    /** The top of a technician's row in the body's coordinates. */
    double rowTop(long technicianId) {
        List<BoardRow> rows = getSkinnable().getState().rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof BoardRow.TechnicianRow t && t.technician().id() == technicianId) {
                return i * rowHeight() - vbar.getValue();
            }
        }
        return -1;
    }

    public void scrollToTechnician(long technicianId) {
        double top = rowTop(technicianId) + vbar.getValue();
        vbar.setValue(Math.max(vbar.getMin(), Math.min(vbar.getMax(), top - rowHeight())));
    }

    public void beginDrag(BoardJob card) {
        drag.begin(card, 0);
    }

    public void placeWithKeys(BoardJob queued) {
        keys.place(queued);
    }

    public void dragTo(double sceneX, double sceneY) {
        drag.moveTo(sceneX, sceneY);
    }

    public void endDrag(double sceneX, double sceneY) {
        drag.end(sceneX, sceneY);
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double delta = e.isShiftDown() ? e.getDeltaY() : e.getDeltaX();
            hbar.setValue(Math.max(hbar.getMin(), Math.min(hbar.getMax(),
                    hbar.getValue() - delta / (axis.pixelsPerSecond() * 60))));
        } else {
            vbar.setValue(Math.max(vbar.getMin(), Math.min(vbar.getMax(), vbar.getValue() - e.getDeltaY())));
        }
        e.consume();
    }

    // ---- painting ------------------------------------------------------------------------------------------

    private void paint(double bodyW, double bodyH) {
        BoardState state = getSkinnable().getState();
        for (NodePool<?> pool : List.of(rowPool, shadePool, gridPool, blockPool, namePool, tickPool)) {
            pool.reset();
        }
        paintTicks(bodyH);
        double rh = rowHeight();
        double scroll = vbar.getValue();
        int first = Math.max(0, (int) Math.floor(scroll / rh));
        int last = Math.min(state.rows().size() - 1, (int) Math.ceil((scroll + bodyH) / rh));
        List<LocalDate> days = axis.days();
        for (int i = first; i <= last; i++) {
            double top = i * rh - scroll;
            BoardRow row = state.rows().get(i);
            if (row instanceof BoardRow.BranchHeading heading) {
                rowPainter.paintHeading(heading, top, rh, bodyW);
            } else if (row instanceof BoardRow.TechnicianRow tech) {
                rowPainter.paintTechnician(state, tech.technician(), days, top, rh, bodyW, i % 2 == 1);
            }
        }
        for (NodePool<?> pool : List.of(rowPool, shadePool, gridPool, blockPool, namePool, tickPool)) {
            pool.hideRest();
        }
        Instant now = getSkinnable().nowProperty().get();
        boolean nowVisible = !now.isBefore(axis.start()) && now.isBefore(axis.end());
        nowLine.setVisible(nowVisible);
        if (nowVisible) {
            nowLine.resizeRelocate(Math.round(axis.x(now)) - 1, 0, 2, bodyH);
        }
    }

    private void paintTicks(double bodyH) {
        for (TimeAxis.Tick tick : axis.ticks()) {
            double x = Math.round(axis.x(tick.at()));
            Region line = gridPool.take();
            RowPainter.styled(line, tick.dayStart() ? "day-line" : "column-line");
            line.resizeRelocate(x, 0, 1, bodyH);
            if (x < 0) {
                continue;
            }
            Label label = tickPool.take();
            RowPainter.styled(label, tick.dayStart() ? "day-label" : "time-label");
            label.setText(tick.label());
            label.resizeRelocate(x + 3, 0, Math.max(40, label.prefWidth(-1)), HEADER_HEIGHT);
        }
    }
}
