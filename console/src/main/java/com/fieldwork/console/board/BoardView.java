package com.fieldwork.console.board;

import com.fieldwork.console.conflict.ConflictMessage;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.dispatch.board.BoardJob;
import com.fieldwork.core.dispatch.board.PlanNotAppliedException;
import com.fieldwork.core.dispatch.recommend.Candidate;
import com.fieldwork.console.task.RunningTask;
import javafx.animation.KeyFrame;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Dialog;
import javafx.scene.control.Separator;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The "Board" view: the unassigned queue and the engine's suggestions beside the dispatch board, a toolbar
 * for the day and the zoom. Builds nodes and binds them to a {@link BoardViewModel}; decides nothing itself.
 */
public final class BoardView extends BorderPane {

    /** Where a working day starts on screen when a day is opened. */
    private static final LocalTime DAY_VIEW_START = LocalTime.of(6, 30);

    private final BoardViewModel model;
    private final DispatchBoard board = new DispatchBoard();
    private final ListView<BoardJob> queue = new ListView<>();
    private final ListView<Candidate> suggestions = new ListView<>();
    private final Timeline clockTick;
    private Function<DropFeedback, Optional<String>> reasonPrompt = this::askReason;

    public BoardView(BoardViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        getStyleClass().add("board-view");
        getStylesheets().add(Objects.requireNonNull(
                BoardView.class.getResource("/com/fieldwork/console/app.css")).toExternalForm());
        setTop(toolbar());
        SplitPane split = new SplitPane(side(), board);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        setCenter(split);

        board.stateProperty().bind(model.stateProperty());
        board.selectedProperty().bindBidirectional(model.selectedProperty());
        board.dropFeedbackProperty().set(model::feedback);
        board.editPolicyProperty().set(drop -> model.mayDispatch());
        board.onDropProperty().set(this::dropped);
        board.setNow(model.clock().instant());
        model.stateProperty().addListener((obs, old, now) -> {
            if (old.data().technicians().isEmpty()) {
                showDay();
            }
        });
        model.dayProperty().addListener((obs, old, now) -> showDay());
        model.failureProperty().addListener((obs, old, error) -> {
            if (error != null) {
                showFailure(error);
            }
        });
        clockTick = new Timeline(new KeyFrame(Duration.seconds(30), e -> board.setNow(model.clock().instant())));
        clockTick.setCycleCount(Timeline.INDEFINITE);
        clockTick.play();
    }

    private ToolBar toolbar() {
        Button previous = new Button("◀");
        previous.setOnAction(e -> shiftDay(-1));
        Button next = new Button("▶");
        next.setOnAction(e -> shiftDay(1));
        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(model.dayProperty());
        Button today = new Button("Today");
        today.setOnAction(e -> model.dayProperty().set(java.time.LocalDate.now(model.clock())));
        ComboBox<BoardZoom> zoom = new ComboBox<>();
        zoom.getItems().setAll(BoardZoom.values());
        zoom.valueProperty().bindBidirectional(board.zoomProperty());
        Button reload = new Button("Reload");
        reload.setOnAction(e -> model.load());
        Label status = new Label();
        status.getStyleClass().add("board-status");
        status.textProperty().bind(model.statusProperty());
        ProgressBar busy = new ProgressBar();
        busy.setPrefWidth(90);
        busy.visibleProperty().bind(model.busyProperty());
        Button optimize = new Button("Optimize day");
        optimize.setOnAction(e -> model.optimizeDay());
        optimize.disableProperty().bind(model.planningProperty().isNotNull());
        Button emergency = new Button("⚠ Emergency dispatch");
        emergency.setOnAction(e -> model.emergency());
        emergency.disableProperty().bind(model.selectedProperty().isNull());
        ProgressBar planning = new ProgressBar();
        planning.setPrefWidth(120);
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> Optional.ofNullable(model.planningProperty().get()).ifPresent(RunningTask::cancel));
        HBox planningBox = new HBox(4, planning, cancel);
        planningBox.visibleProperty().bind(model.planningProperty().isNotNull());
        planningBox.managedProperty().bind(planningBox.visibleProperty());
        model.planningProperty().addListener((obs, old, run) -> {
            planning.progressProperty().unbind();
            if (run != null) {
                planning.progressProperty().bind(run.progressProperty());
            }
        });
        model.reviewProperty().addListener((obs, old, proposal) -> {
            if (proposal != null) {
                Platform.runLater(() -> showReview(proposal));
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(previous, date, next, today, new Label("Zoom"), zoom, reload, new Separator(), optimize,
                planningBox, emergency, spacer, status, busy);
    }

    private VBox side() {
        Label queueTitle = new Label("Unassigned");
        queueTitle.getStyleClass().add("side-title");
        ComboBox<QueueSort> sort = new ComboBox<>();
        sort.getItems().setAll(QueueSort.values());
        sort.valueProperty().bindBidirectional(model.queueSortProperty());
        HBox queueHeader = new HBox(6, queueTitle, new Region(), sort);
        HBox.setHgrow(queueHeader.getChildren().get(1), Priority.ALWAYS);
        queue.setItems(model.queue());
        queue.getStyleClass().add("board-queue");
        queue.setCellFactory(list -> new QueueCell(board, model.clock()));
        queue.getSelectionModel().selectedItemProperty().addListener((obs, old, card) -> {
            if (card != null) {
                model.selectedProperty().set(card);
            }
        });
        queue.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            BoardJob card = queue.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && card != null) {
                board.placeWithKeys(card);
                e.consume();
            }
        });
        Label suggestionsTitle = new Label("Suggestions");
        suggestionsTitle.getStyleClass().add("side-title");
        Label note = new Label();
        note.setWrapText(true);
        note.textProperty().bind(model.suggestionsNoteProperty());
        suggestions.setItems(model.suggestions());
        suggestions.getStyleClass().add("board-suggestions");
        suggestions.setCellFactory(list -> new SuggestionCell(model::assign, () -> model.stateProperty().get().zone()));
        suggestions.setPrefHeight(260);
        VBox.setVgrow(queue, Priority.ALWAYS);
        VBox side = new VBox(4, queueHeader, queue, suggestionsTitle, note, suggestions);
        side.getStyleClass().add("board-side");
        side.setMinWidth(260);
        return side;
    }

    private void shiftDay(int days) {
        model.dayProperty().set(model.dayProperty().get().plusDays(days));
    }

    /** Opens the chosen day at the start of the working day; reloads when it lies outside what was read. */
    private void showDay() {
        BoardState state = model.stateProperty().get();
        Instant start = model.dayProperty().get().atTime(DAY_VIEW_START).atZone(state.zone()).toInstant();
        if (start.isBefore(state.range().start()) || !start.isBefore(state.range().end())) {
            model.load();
            return;
        }
        board.setViewStart(start);
    }

    private void dropped(DispatchBoard.DroppedCard dropped) {
        Optional<String> reason = Optional.empty();
        if (!dropped.feedback().clean()) {
            reason = reasonPrompt.apply(dropped.feedback());
            if (reason.isEmpty()) {
                return;
            }
        }
        model.place(dropped.drop(), dropped.feedback(), reason);
    }

    private Optional<String> askReason(DropFeedback feedback) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Place it despite the conflicts?");
        dialog.setHeaderText(String.join("\n", feedback.all()));
        dialog.setContentText("Reason (kept in the audit log):");
        dialog.getDialogPane().getStyleClass().add("reason-dialog");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        return dialog.showAndWait().map(String::strip).filter(r -> !r.isEmpty());
    }

    /** What the engine proposes, to accept (commits every change) or discard. */
    private void showReview(PlanReview proposal) {
        if (model.reviewProperty().get() != proposal) {
            return;
        }
        ListView<String> changes = new ListView<>();
        changes.getItems().setAll(proposal.changes().isEmpty() ? List.of("Nothing to change") : proposal.changes());
        changes.setPrefSize(640, 360);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(proposal.title());
        dialog.setHeaderText(proposal.title() + (proposal.summary().isEmpty() ? "" : "\n" + proposal.summary()));
        dialog.getDialogPane().setContent(changes);
        dialog.getDialogPane().getStyleClass().add("plan-review");
        ButtonType accept = new ButtonType("Accept", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(proposal.placements().isEmpty() ? List.of(discard)
                : List.of(accept, discard));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        if (dialog.showAndWait().filter(accept::equals).isPresent()) {
            model.acceptReview();
        } else {
            model.discardReview();
        }
    }

    /**
     * A stale save names who changed the visit and when; the shell's conflict dialog replaces this plain
     * alert when the two are merged.
     */
    private void showFailure(Throwable error) {
        boolean plan = error instanceof PlanNotAppliedException;
        boolean stale = error instanceof ConcurrentModificationException
                || plan && ((PlanNotAppliedException) error).stale();
        Alert alert = new Alert(stale ? Alert.AlertType.WARNING : Alert.AlertType.ERROR, failureText(error),
                stale ? new ButtonType("Reload") : ButtonType.OK);
        alert.setHeaderText(plan ? "The plan was not applied: nothing of it was saved"
                : stale ? "Someone else changed this visit" : "The board could not do that");
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.showAndWait();
        if (stale) {
            model.load();
        }
    }

    /** A plan refused for a stale visit says which job, who changed it and when in the company's zone. */
    private String failureText(Throwable error) {
        if (error instanceof PlanNotAppliedException plan && plan.getCause() instanceof ConcurrentModificationException c
                && plan.job().isPresent()) {
            return plan.plan() + ": " + plan.job().get() + " could not be placed. "
                    + ConflictMessage.of(c, "its visit", model.stateProperty().get().zone()).detail();
        }
        return error.getMessage();
    }

    /** Replaces the reason dialog (tests; a shell with its own dialogs). Empty cancels the drop. */
    public void setReasonPrompt(Function<DropFeedback, Optional<String>> prompt) {
        this.reasonPrompt = Objects.requireNonNull(prompt, "prompt");
    }

    public DispatchBoard board() {
        return board;
    }

    /** Stops the now-line's clock; call when the view leaves the window for good. */
    public void dispose() {
        clockTick.stop();
    }
}
