package com.fieldwork.console.board;

import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.dispatch.board.BoardData;
import com.fieldwork.core.dispatch.board.BoardJob;
import com.fieldwork.core.dispatch.board.PlanNotAppliedException;
import com.fieldwork.core.dispatch.board.PlanPlacement;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BoardViewModelTest {

    private BoardWorld world;
    private SynchronousTaskExecutor tasks;
    private BoardViewModel model;

    @BeforeEach
    void openBoard() {
        world = BoardWorld.generate(42, 12, 60, 15, 2);
        tasks = new SynchronousTaskExecutor();
        model = new BoardViewModel(world, world.dispatchService(), world.travel(), BoardWorld.DISPATCHER,
                BoardWorld.CLOCK, tasks);
        model.dayProperty().set(BoardWorld.DAY);
        model.load();
    }

    @Test
    void loadingShowsTechniciansByBranchTheirVisitsAndTheQueueThroughTheExecutor() {
        BoardState state = model.stateProperty().get();
        assertThat(tasks.titles()).containsExactly("Load the dispatch board");
        assertThat(state.rows()).hasSize(12 + 3);
        assertThat(state.rows().get(0)).isInstanceOf(BoardRow.BranchHeading.class);
        assertThat(state.data().scheduled().size()).isGreaterThanOrEqualTo(55);
        assertThat(model.queue().size() + state.data().scheduled().size()).isEqualTo(world.workOrders()).isGreaterThanOrEqualTo(60 + 15);
        assertThat(model.queue()).isSortedAccordingTo(QueueSort.PRIORITY.order());
        assertThat(model.statusProperty().get()).contains(model.queue().size() + " unassigned");
    }

    @Test
    void theQueueSortsBySlaDueOnRequest() {
        model.queueSortProperty().set(QueueSort.SLA_DUE);

        assertThat(model.queue()).isSortedAccordingTo(QueueSort.SLA_DUE.order());
        assertThat(model.queue()).isNotEqualTo(model.stateProperty().get().queue().stream()
                .sorted(QueueSort.PRIORITY.order()).toList());
    }

    @Test
    void aDropOnAFreePlaceAssignsTheQueuedJobAndOnlyItsCardChanges() {
        BoardJob queued = model.queue().get(0);
        long technician = world.technicians().get(0).id();
        BoardDrop drop = new BoardDrop(queued, technician, BoardWorld.at(BoardWorld.DAY.plusDays(2), 6, 0));
        DropFeedback feedback = model.feedback(drop);
        BoardState before = model.stateProperty().get();

        model.place(drop, feedback, Optional.of("testing"));

        BoardState after = model.stateProperty().get();
        assertThat(model.queue()).noneMatch(c -> c.order().id() == queued.order().id());
        assertThat(after.cards(technician)).anySatisfy(c -> {
            assertThat(c.order().id()).isEqualTo(queued.order().id());
            assertThat(c.order().status()).isEqualTo(WorkOrderStatus.ASSIGNED);
            assertThat(c.planned().get().start()).isEqualTo(drop.start());
        });
        assertThat(after.data().scheduled()).hasSize(before.data().scheduled().size() + 1);
        assertThat(tasks.titles()).last().isEqualTo("Place " + queued.order().number());
    }

    @Test
    void aDropOntoAnotherVisitIsFlaggedWithTheEngineSentenceAndNeedsAReason() {
        long technician = world.technicians().get(0).id();
        BoardJob busy = model.stateProperty().get().cards(technician).get(1);
        BoardJob queued = model.queue().get(0);
        BoardDrop drop = new BoardDrop(queued, technician, busy.planned().get().start());

        DropFeedback feedback = model.feedback(drop);

        assertThat(feedback.hard()).anyMatch(s -> s.contains("overlaps") && s.contains(busy.order().number().toString()));
        model.place(drop, feedback, Optional.empty());
        assertThat(model.failureProperty().get()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("give a reason");
        assertThat(model.queue()).anyMatch(c -> c.order().id() == queued.order().id());

        model.place(drop, feedback, Optional.of("customer can only do this hour"));
        assertThat(model.queue()).noneMatch(c -> c.order().id() == queued.order().id());
        assertThat(world.audit()).last().asString().contains("customer can only do this hour (overrides: ")
                .contains("overlaps");
    }

    @Test
    void movingABlockReschedulesAndReassignsIt() {
        long from = world.technicians().get(0).id();
        long to = world.technicians().get(1).id();
        BoardJob block = model.stateProperty().get().cards(from).get(0);
        TimeSlot was = block.planned().get();
        BoardDrop drop = new BoardDrop(block, to, was.start().plus(Duration.ofDays(1)));

        model.place(drop, model.feedback(drop), Optional.of("moved in test"));

        BoardState after = model.stateProperty().get();
        assertThat(after.cards(from)).noneMatch(c -> c.key() == block.key());
        assertThat(after.cards(to)).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo(block.key());
            assertThat(c.planned().get()).isEqualTo(new TimeSlot(drop.start(), drop.start().plus(was.duration())));
            assertThat(c.visit().get().version()).isEqualTo(block.visit().get().version() + 1);
        });
    }

    @Test
    void aStaleCardIsRefusedNamingWhoChangedItAndTheBoardKeepsTheirChange() {
        long technician = world.technicians().get(0).id();
        BoardJob block = model.stateProperty().get().cards(technician).get(0);
        TimeSlot theirs = TimeSlot.of(block.planned().get().start().plus(Duration.ofHours(1)), Duration.ofMinutes(45));
        world.changedElsewhere(block.key(), technician, theirs);
        BoardDrop drop = new BoardDrop(block, technician, block.planned().get().start().plus(Duration.ofHours(2)));

        model.place(drop, DropFeedback.NONE, Optional.empty());

        assertThat(model.failureProperty().get()).isInstanceOf(ConcurrentModificationException.class)
                .hasMessageContaining("Sam Other");
        model.refresh(Set.of(), Set.of(block.key()));
        assertThat(model.stateProperty().get().card(block.key()).orElseThrow().planned()).contains(theirs);
    }

    @Test
    void refreshReplacesOnlyTheNamedCards() {
        long technician = world.technicians().get(2).id();
        BoardJob block = model.stateProperty().get().cards(technician).get(0);
        TimeSlot moved = TimeSlot.of(block.planned().get().start().plus(Duration.ofMinutes(30)),
                block.planned().get().duration());
        world.changedElsewhere(block.key(), technician, moved);
        List<BoardJob> untouched = model.stateProperty().get().cards(world.technicians().get(3).id());

        model.refresh(Set.of(), Set.of(block.key()));

        assertThat(model.stateProperty().get().card(block.key()).orElseThrow().planned()).contains(moved);
        assertThat(model.stateProperty().get().cards(world.technicians().get(3).id())).isEqualTo(untouched);
    }

    @Test
    void selectingAQueuedJobRanksTechniciansWithExplanationsAndOneClickAssigns() {
        BoardJob queued = model.queue().stream().filter(c -> c.order().priority() != Priority.EMERGENCY)
                .max(Comparator.comparing(c -> c.job().duration())).orElseThrow();

        model.selectedProperty().set(queued);

        assertThat(model.suggestions()).isNotEmpty();
        assertThat(model.suggestions().get(0).explanation()).isNotBlank();
        assertThat(model.suggestionsNoteProperty().get()).contains("can take " + queued.order().number());
        var best = model.suggestions().get(0);
        model.assign(best);
        assertThat(model.stateProperty().get().cards(best.technician().id()))
                .anyMatch(c -> c.order().id() == queued.order().id());
        assertThat(world.audit()).last().asString().contains("suggested: ");
    }

    @Test
    void optimizeDayRunsTheOptimizerInTheExecutorAndItsDiffIsCommittedOnAccept() {
        model.optimizeDay();

        PlanReview proposal = model.reviewProperty().get();
        assertThat(tasks.titles()).contains("Optimize " + BoardWorld.DAY);
        assertThat(proposal).isNotNull();
        assertThat(proposal.summary()).matches("\\d+ assigned, \\d+ moved, \\d+ taken off");
        assertThat(proposal.changes()).hasSameSizeAs(proposal.placements()).isNotEmpty();
        int queuedBefore = model.queue().size();
        long assigned = proposal.placements().stream().filter(p -> !p.card().scheduled() && p.to().isPresent()).count();

        model.acceptReview();

        assertThat(model.reviewProperty().get()).isNull();
        assertThat(model.queue().size()).isLessThanOrEqualTo(queuedBefore - (int) assigned
                + (int) proposal.placements().stream().filter(p -> p.to().isEmpty()).count());
        assertThat(world.audit()).anyMatch(line -> line.contains("Optimized plan for " + BoardWorld.DAY));
    }

    @Test
    void aPlanThatMeetsAStaleVisitIsNotAppliedAtAllAndTheBoardShowsWhatIsStored() {
        model.optimizeDay();
        PlanReview proposal = model.reviewProperty().get();
        List<PlanPlacement> placements = proposal.placements();
        int staleAt = IntStream.range(1, placements.size()).filter(i -> placements.get(i).card().scheduled())
                .findFirst().orElseThrow(() -> new AssertionError("the optimizer moved no visit after its first change"));
        BoardJob stale = placements.get(staleAt).card();
        TimeSlot theirs = TimeSlot.of(stale.planned().get().start().plus(Duration.ofMinutes(30)),
                stale.planned().get().duration());
        world.changedElsewhere(stale.key(), stale.technicianId().getAsLong(), theirs);
        BoardData stored = world.load(BoardWorld.week());
        List<String> auditBefore = world.audit();
        int commitsBefore = world.commits();

        model.acceptReview();

        assertThat(model.failureProperty().get()).isInstanceOf(PlanNotAppliedException.class)
                .hasMessageContaining(proposal.title() + " was not applied, nothing of it was saved")
                .hasMessageContaining(stale.order().number() + " could not be placed")
                .hasMessageContaining("Sam Other")
                .hasCauseInstanceOf(ConcurrentModificationException.class);
        assertThat(world.audit()).as("placements before the stale one were rolled back").isEqualTo(auditBefore);
        assertThat(world.commits()).isEqualTo(commitsBefore);
        assertThat(world.load(BoardWorld.week())).isEqualTo(stored);
        BoardState shown = model.stateProperty().get();
        assertThat(shown.data().scheduled()).as("reloaded: as stored, their change included")
                .containsExactlyInAnyOrderElementsOf(stored.scheduled());
        assertThat(shown.data().queue()).containsExactlyInAnyOrderElementsOf(stored.queue());
        assertThat(shown.card(stale.key()).orElseThrow().planned()).contains(theirs);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.reviewProperty().get()).isNull();
    }

    @Test
    void emergencyDispatchShowsWhatMovesAndDiscardChangesNothing() {
        BoardJob urgent = model.queue().get(0);
        model.selectedProperty().set(urgent);
        int auditBefore = world.audit().size();

        model.emergency();

        assertThat(model.failureProperty().get()).isNull();
        PlanReview proposal = model.reviewProperty().get();
        assertThat(proposal).isNotNull();
        assertThat(proposal.title()).contains(urgent.order().number().toString());
        model.discardReview();
        assertThat(model.reviewProperty().get()).isNull();
        assertThat(world.audit()).hasSize(auditBefore);
    }
}
