package com.fieldwork.console.board;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.DispatchTechnician;
import com.fieldwork.core.dispatch.board.BoardJob;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** The board on a headless screen: drags with the mouse as a dispatcher makes them. */
@ExtendWith(ApplicationExtension.class)
class BoardViewFxTest {

    private BoardWorld world;
    private BoardViewModel model;
    private BoardView view;
    private final List<DropFeedback> reasonsAsked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        world = BoardWorld.generate(42, 14, 45, 20, 2);
        model = new BoardViewModel(world, world.dispatchService(), world.travel(), BoardWorld.DISPATCHER,
                BoardWorld.CLOCK, new SynchronousTaskExecutor());
        model.dayProperty().set(BoardWorld.DAY);
        view = new BoardView(model);
        view.setReasonPrompt(feedback -> {
            reasonsAsked.add(feedback);
            return Optional.of("customer can only do this hour");
        });
        stage.setScene(new Scene(view, 1270, 790));
        stage.show();
        model.load();
    }

    @Test
    void anAcceptedPlanThatMeetsAStaleVisitSaysItWasNotAppliedAndChangesNothing(FxRobot robot) throws Exception {
        Platform.runLater(model::optimizeDay);
        DialogPane review = dialog(robot, pane -> pane.getStyleClass().contains("plan-review"));
        PlanReview proposal = model.reviewProperty().get();
        BoardJob stale = proposal.placements().stream().skip(1).map(p -> p.card()).filter(BoardJob::scheduled)
                .findFirst().orElseThrow();
        world.changedElsewhere(stale.key(), stale.technicianId().getAsLong(),
                TimeSlot.of(stale.planned().get().start().plus(Duration.ofMinutes(30)), stale.planned().get().duration()));
        List<String> auditBefore = world.audit();

        Platform.runLater(() -> ((Button) review.lookupButton(review.getButtonTypes().get(0))).fire());
        DialogPane failure = dialog(robot, pane -> pane.getHeaderText() != null
                && pane.getHeaderText().startsWith("The plan was not applied"));

        assertThat(failure.getContentText())
                .startsWith(proposal.title() + ": " + stale.order().number() + " could not be placed.")
                .contains("Sam Other saved its visit on Tue 1 Dec, 10:20:00").contains("Your changes were not saved");
        robot.interact(() -> BoardSnapshots.write(failure.getScene(), "board-plan-not-applied"));
        Platform.runLater(() -> ((Button) failure.lookupButton(failure.getButtonTypes().get(0))).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(world.audit()).isEqualTo(auditBefore);
        assertThat(model.stateProperty().get().card(stale.key()).orElseThrow().visit().orElseThrow().version())
                .isEqualTo(stale.visit().orElseThrow().version() + 1);
    }

    /** Waits for a dialog the view opened with showAndWait (so the test cannot wait on the FX thread for it). */
    private static DialogPane dialog(FxRobot robot, Predicate<DialogPane> which) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane")
                .match((DialogPane pane) -> which.test(pane)).tryQuery().isPresent());
        return robot.lookup(".dialog-pane").match((DialogPane pane) -> which.test(pane)).query();
    }

    @Test
    void draggingAQueuedJobOntoAFreePlaceAssignsIt(FxRobot robot) {
        Spot free = freeSpot();
        BoardJob queued = free.card();

        robot.drag(queueCell(robot, queued), MouseButton.PRIMARY).moveTo(point(free.technician(), free.start()));
        Label feedback = robot.lookup(".drag-feedback").queryAs(Label.class);
        assertThat(feedback.isVisible()).isTrue();
        assertThat(feedback.getText()).contains("no conflicts").contains(java.time.format.DateTimeFormatter
                .ofPattern("HH:mm").format(free.start().atZone(model.stateProperty().get().zone())));
        robot.drop();

        assertThat(reasonsAsked).isEmpty();
        assertThat(model.queue()).noneMatch(c -> c.order().id() == queued.order().id());
        assertThat(model.stateProperty().get().cards(free.technician().id()))
                .anySatisfy(c -> {
                    assertThat(c.order().id()).isEqualTo(queued.order().id());
                    assertThat(c.planned().get().start()).isEqualTo(free.start());
                });
    }

    @Test
    void aConflictingDragIsFlaggedWhileMovingAndAsksForAReasonOnRelease(FxRobot robot) {
        DispatchTechnician technician = world.technicians().get(1);
        BoardJob busy = model.stateProperty().get().cards(technician.id()).get(1);
        BoardJob queued = model.queue().get(0);

        robot.drag(queueCell(robot, queued), MouseButton.PRIMARY)
                .moveTo(point(technician, busy.planned().get().start()));

        Label ghost = robot.lookup(".drag-ghost").queryAs(Label.class);
        assertThat(ghost.isVisible()).isTrue();
        assertThat(ghost.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("conflict"));
        Label feedback = robot.lookup(".drag-feedback").queryAs(Label.class);
        assertThat(feedback.isVisible()).isTrue();
        assertThat(feedback.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("conflict"));
        assertThat(feedback.getText()).contains("overlaps").contains(busy.order().number().toString());
        robot.interact(() -> BoardSnapshots.write(view.getScene(), "board-conflict-drag"));

        robot.release(MouseButton.PRIMARY);

        assertThat(reasonsAsked).singleElement().satisfies(f -> assertThat(f.hard()).isNotEmpty());
        assertThat(model.stateProperty().get().cards(technician.id()))
                .anyMatch(c -> c.order().id() == queued.order().id());
        assertThat(world.audit()).last().asString().startsWith("create visit")
                .contains("customer can only do this hour (overrides: ");
    }

    @Test
    void draggingABlockLaterReschedulesIt(FxRobot robot) {
        DispatchTechnician technician = world.technicians().get(2);
        List<BoardJob> day = model.stateProperty().get().cards(technician.id());
        BoardJob last = day.stream().filter(c -> c.planned().get().start().isBefore(BoardWorld.at(BoardWorld.DAY, 23, 0)))
                .reduce((a, b) -> b).orElseThrow();
        Instant from = last.planned().get().start();
        Node block = robot.lookup(".visit-block").match(n -> n.isVisible() && n.getUserData() == last).query();

        robot.drag(block, MouseButton.PRIMARY).moveBy(pixels(Duration.ofHours(1)), 0).drop();

        BoardJob moved = model.stateProperty().get().card(last.key()).orElseThrow();
        assertThat(moved.technicianId()).hasValue(technician.id());
        assertThat(moved.planned().get().start()).as("an hour later, on the 15-minute grid")
                .isEqualTo(onQuarterHour(from.plus(Duration.ofHours(1))));
        assertThat(moved.planned().get().duration()).isEqualTo(last.planned().get().duration());
    }

    @Test
    void theArrowsChooseAVisitAlongTheRowAndToTheNextTechnician(FxRobot robot) {
        robot.interact(() -> view.board().requestFocus());

        robot.type(KeyCode.RIGHT);
        BoardJob first = model.selectedProperty().get();
        assertThat(first).as("the first visit in view").isNotNull();
        long technician = first.technicianId().getAsLong();
        robot.type(KeyCode.RIGHT);
        BoardJob second = model.selectedProperty().get();
        assertThat(second.technicianId()).hasValue(technician);
        assertThat(second.planned().get().start()).isAfter(first.planned().get().start());
        robot.type(KeyCode.LEFT);
        assertThat(model.selectedProperty().get().key()).isEqualTo(first.key());

        robot.type(KeyCode.DOWN);
        assertThat(model.selectedProperty().get().technicianId().getAsLong()).isNotEqualTo(technician);
    }

    @Test
    void enterPicksAVisitUpTheArrowsMoveItAndEnterPutsItDown(FxRobot robot) {
        BoardJob card = laterUnpinnedCard(world.technicians().get(2));
        Instant from = card.planned().get().start();
        robot.interact(() -> {
            model.selectedProperty().set(card);
            view.board().requestFocus();
        });

        robot.type(KeyCode.ENTER).type(KeyCode.RIGHT, 4);
        Label ghost = robot.lookup(".drag-ghost").queryAs(Label.class);
        assertThat(ghost.isVisible()).isTrue();
        assertThat(robot.lookup(".drag-feedback").queryAs(Label.class).getText())
                .contains(java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                        .format(from.plus(Duration.ofHours(1)).atZone(model.stateProperty().get().zone())));
        robot.type(KeyCode.ENTER);

        BoardJob moved = model.stateProperty().get().card(card.key()).orElseThrow();
        assertThat(moved.technicianId()).isEqualTo(card.technicianId());
        assertThat(moved.planned().get().start()).as("four 15-minute steps later").isEqualTo(from.plus(Duration.ofHours(1)));
        assertThat(ghost.isVisible()).isFalse();
    }

    @Test
    void escapePutsTheCopyBackAndNothingIsWritten(FxRobot robot) {
        BoardJob card = laterUnpinnedCard(world.technicians().get(2));
        int written = world.audit().size();
        robot.interact(() -> {
            model.selectedProperty().set(card);
            view.board().requestFocus();
        });

        robot.type(KeyCode.ENTER).type(KeyCode.DOWN).type(KeyCode.RIGHT, 2).type(KeyCode.ESCAPE);

        assertThat(robot.lookup(".drag-ghost").queryAs(Label.class).isVisible()).isFalse();
        assertThat(world.audit()).hasSize(written);
        assertThat(model.stateProperty().get().card(card.key()).orElseThrow().planned())
                .isEqualTo(card.planned());
    }

    @Test
    void enterInTheQueuePlacesTheJobWithTheKeyboard(FxRobot robot) {
        BoardJob queued = model.queue().get(0);
        robot.interact(() -> {
            ListView<?> list = robot.lookup(".board-queue").queryAs(ListView.class);
            list.requestFocus();
            list.getSelectionModel().select(0);
        });

        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup(".drag-ghost").queryAs(Label.class).isVisible()).isTrue();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        assertThat(model.queue()).noneMatch(c -> c.order().id() == queued.order().id());
        assertThat(model.stateProperty().get().rows().stream()
                .filter(BoardRow.TechnicianRow.class::isInstance)
                .flatMap(r -> model.stateProperty().get().cards(((BoardRow.TechnicianRow) r).technician().id()).stream()))
                .anyMatch(c -> c.order().id() == queued.order().id());
    }

    private BoardJob laterUnpinnedCard(DispatchTechnician technician) {
        return model.stateProperty().get().cards(technician.id()).stream()
                .filter(c -> !c.job().pinned())
                .filter(c -> c.planned().get().start().isBefore(BoardWorld.at(BoardWorld.DAY, 15, 0)))
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aChangeWrittenElsewhereMovesTheBlockOnRefresh(FxRobot robot) {
        DispatchTechnician technician = world.technicians().get(3);
        BoardJob block = model.stateProperty().get().cards(technician.id()).get(0);
        Instant later = block.planned().get().start().plus(Duration.ofHours(2));
        double before = blockNode(robot, block.key()).getLayoutX();
        world.changedElsewhere(block.key(), technician.id(),
                new TimeSlot(later, later.plus(block.planned().get().duration())));

        robot.interact(() -> model.refresh(Set.of(), Set.of(block.key())));

        assertThat(blockNode(robot, block.key()).getLayoutX() - before).isCloseTo(pixels(Duration.ofHours(2)),
                offset(2.0));
    }

    private static Node blockNode(FxRobot robot, long key) {
        return robot.lookup(".visit-block").match(n -> n.isVisible() && n.getUserData() instanceof BoardJob c
                && c.key() == key).query();
    }

    @Test
    void screenshotsOfTheBoardInLightAndDark(FxRobot robot) {
        robot.interact(() -> model.selectedProperty().set(model.queue().get(0)));
        robot.interact(() -> BoardSnapshots.write(view.getScene(), "board-light"));
        robot.interact(() -> view.board().setZoom(BoardZoom.WEEK));
        robot.interact(() -> view.board().setViewStart(BoardWorld.DAY.atStartOfDay(BoardWorld.ZONE).toInstant()));
        robot.interact(() -> BoardSnapshots.write(view.getScene(), "board-week"));
        robot.interact(() -> view.board().setZoom(BoardZoom.HOURS));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> BoardSnapshots.write(view.getScene(), "board-dark"));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        assertThat(BoardSnapshots.FOLDER.resolve("board-light.png")).exists();
    }

    private record Spot(BoardJob card, DispatchTechnician technician, Instant start) {
    }

    /** A queued card and a place in view on the first day where the engine finds nothing wrong with it. */
    private Spot freeSpot() {
        for (BoardJob card : model.queue()) {
            for (DispatchTechnician t : world.technicians()) {
                for (LocalTime time = LocalTime.of(8, 0); time.isBefore(LocalTime.of(17, 0)); time = time.plusMinutes(15)) {
                    Instant start = BoardWorld.DAY.atTime(time).atZone(BoardWorld.ZONE).toInstant();
                    if (model.feedback(new BoardDrop(card, t.id(), start)).clean()) {
                        return new Spot(card, t, start);
                    }
                }
            }
        }
        throw new AssertionError("no free place for any queued job");
    }

    private Node queueCell(FxRobot robot, BoardJob card) {
        return robot.lookup(".board-queue .list-cell")
                .match(n -> n instanceof ListCell<?> cell && cell.getItem() == card).query();
    }

    private Node body() {
        return view.board().lookup(".board-body");
    }

    /** The screen point of a technician's row at an instant (a minute past it, so it snaps back to it). */
    private Point2D point(DispatchTechnician technician, Instant at) {
        Bounds body = body().localToScreen(body().getLayoutBounds());
        int row = 0;
        List<BoardRow> rows = model.stateProperty().get().rows();
        while (!(rows.get(row) instanceof BoardRow.TechnicianRow t && t.technician().id() == technician.id())) {
            row++;
        }
        double x = body.getMinX() + pixels(Duration.between(view.board().getViewStart(), at.plusSeconds(60)));
        double y = body.getMinY() + (row + 0.5) * view.board().getRowHeight();
        return new Point2D(x, y);
    }

    private double pixels(Duration d) {
        double width = body().getLayoutBounds().getWidth();
        return width * d.toSeconds() / view.board().getZoom().span().toSeconds();
    }

    private static Instant onQuarterHour(Instant at) {
        long quarter = 15 * 60;
        return Instant.ofEpochSecond(Math.round((double) at.getEpochSecond() / quarter) * quarter);
    }
}
