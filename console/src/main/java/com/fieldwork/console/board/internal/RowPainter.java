package com.fieldwork.console.board.internal;

import com.fieldwork.console.board.BoardRow;
import com.fieldwork.console.board.BoardState;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.board.BoardJob;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.WorkingHours;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Paints one row in view: a branch heading, or a technician's name, off-hours, absences and visits. */
final class RowPainter {

    private final DispatchBoardSkin skin;
    private final NodePool<Region> rowPool;
    private final NodePool<Region> shadePool;
    private final NodePool<Label> blockPool;
    private final NodePool<Label> namePool;

    RowPainter(DispatchBoardSkin skin, NodePool<Region> rowPool, NodePool<Region> shadePool, NodePool<Label> blockPool,
               NodePool<Label> namePool) {
        this.skin = skin;
        this.rowPool = rowPool;
        this.shadePool = shadePool;
        this.blockPool = blockPool;
        this.namePool = namePool;
    }

    void paintHeading(BoardRow.BranchHeading heading, double top, double rh, double bodyW) {
        Region band = rowPool.take();
        styled(band, "branch-row");
        band.resizeRelocate(0, top, bodyW, rh);
        Label label = namePool.take();
        styled(label, "branch-heading");
        label.setText(heading.branch().name() + " (" + heading.technicians() + ")");
        label.resizeRelocate(0, top, DispatchBoardSkin.NAME_WIDTH, rh);
    }

    void paintTechnician(BoardState state, DispatchTechnician technician, List<LocalDate> days, double top,
                                 double rh, double bodyW, boolean odd) {
        Region band = rowPool.take();
        styled(band, odd ? "board-row-odd" : "board-row");
        band.resizeRelocate(0, top, bodyW, rh);
        Label name = namePool.take();
        styled(name, "technician-name");
        name.setText(technician.name() + "\n" + BlockStyle.skills(technician));
        name.resizeRelocate(0, top, DispatchBoardSkin.NAME_WIDTH, rh);
        for (LocalDate day : days) {
            shadeDay(technician, day, top, rh);
        }
        for (Absence absence : technician.absences()) {
            if (absence.period().end().isAfter(skin.axis().start()) && absence.period().start().isBefore(skin.axis().end())) {
                Region region = shadePool.take();
                styled(region, "absence");
                place(region, absence.period().start(), absence.period().end(), top, rh);
                Label text = blockPool.take();
                styled(text, "absence-label");
                text.setUserData(null);
                text.setText(BlockStyle.label(absence.kind()));
                place(text, absence.period().start(), absence.period().end(), top, rh);
            }
        }
        List<BoardJob> cards = state.cards(technician.id());
        int[] lanes = Lanes.assign(cards);
        int laneCount = Lanes.count(lanes);
        double laneHeight = (rh - 4) / laneCount;
        for (int i = 0; i < cards.size(); i++) {
            BoardJob card = cards.get(i);
            TimeSlot slot = card.planned().orElseThrow();
            if (!slot.end().isAfter(skin.axis().start()) || !slot.start().isBefore(skin.axis().end())) {
                continue;
            }
            Label block = blockPool.take();
            BlockStyle.apply(block, card, state.partsReadiness(card),
                    card.equals(skin.getSkinnable().selectedProperty().get()), laneHeight);
            double x0 = Math.max(-2, skin.axis().x(slot.start()));
            double x1 = Math.min(skin.axis().width() + 2, skin.axis().x(slot.end()));
            block.resizeRelocate(Math.round(x0), top + 2 + lanes[i] * laneHeight, Math.max(3, Math.round(x1 - x0) - 1),
                    laneHeight - 1);
        }
    }

    /** Off-hours before and after the shift, the break, or the whole day when the technician does not work. */
    private void shadeDay(DispatchTechnician technician, LocalDate day, double top, double rh) {
        ZoneId zone = skin.zone();
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        Optional<WorkingHours> hours = technician.profile().hoursOn(day.getDayOfWeek());
        if (hours.isEmpty()) {
            shade("off-hours", dayStart, dayEnd, top, rh);
            return;
        }
        WorkingHours h = hours.get();
        shade("off-hours", dayStart, day.atTime(h.start()).atZone(zone).toInstant(), top, rh);
        shade("off-hours", day.atTime(h.end()).atZone(zone).toInstant(), dayEnd, top, rh);
        h.breakStart().filter(b -> h.breakMinutes() > 0).ifPresent(b -> {
            Instant from = day.atTime(b).atZone(zone).toInstant();
            shade("break", from, from.plusSeconds(h.breakMinutes() * 60L), top, rh);
        });
    }

    private void shade(String styleClass, Instant from, Instant to, double top, double rh) {
        if (!to.isAfter(skin.axis().start()) || !from.isBefore(skin.axis().end())) {
            return;
        }
        Region region = shadePool.take();
        styled(region, styleClass);
        place(region, from, to, top, rh);
    }

    private void place(Region region, Instant from, Instant to, double top, double rh) {
        double x0 = Math.max(0, skin.axis().x(from));
        double x1 = Math.min(skin.axis().width(), skin.axis().x(to));
        region.resizeRelocate(Math.round(x0), top, Math.max(0, Math.round(x1 - x0)), rh);
    }

    static void styled(javafx.scene.Node node, String styleClass) {
        if (node.getStyleClass().size() != 1 || !node.getStyleClass().get(0).equals(styleClass)) {
            node.getStyleClass().setAll(styleClass);
        }
    }
}
