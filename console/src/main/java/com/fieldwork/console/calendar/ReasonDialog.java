package com.fieldwork.console.calendar;

import com.fieldwork.console.schedule.ScheduledVisit;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The calendar's question when a drop conflicts: every conflict in a sentence, and a reason to type before
 * "Move anyway" is enabled. The reason goes into the audit log with the move.
 */
public final class ReasonDialog implements ReasonPrompt {

    private final Supplier<Window> owner;

    /** @param owner the window the dialog belongs to (e.g. {@code () -> view.getScene().getWindow()}) */
    public ReasonDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** For a view: the dialog opens over the window that shows it. */
    public static ReasonDialog over(Node node) {
        return new ReasonDialog(() -> node.getScene() == null ? null : node.getScene().getWindow());
    }

    @Override
    public Optional<String> askReason(ScheduledVisit visit, String newTime, List<String> conflicts) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Move " + visit.number() + " into a conflict?");
        dialog.setHeaderText("Moving " + visit.number() + " (" + visit.summary() + ") to " + newTime + ":");
        VBox content = new VBox(6);
        conflicts.forEach(sentence -> {
            Label line = new Label("• " + sentence);
            line.setWrapText(true);
            content.getChildren().add(line);
        });
        TextField reason = new TextField();
        reason.setId("conflict-reason");
        reason.setPromptText("Why move it anyway? (recorded with the change)");
        content.getChildren().addAll(new Label("Reason"), reason);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        ButtonType moveAnyway = new ButtonType("Move anyway", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(moveAnyway, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(moveAnyway).disableProperty()
                .bind(reason.textProperty().map(String::isBlank));
        dialog.setResultConverter(button -> button == moveAnyway ? reason.getText().trim() : null);
        reason.requestFocus();
        return dialog.showAndWait();
    }
}
