package com.fieldwork.console.conflict;

import com.fieldwork.core.common.ConcurrentModificationException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.time.ZoneId;

/**
 * The one dialog for a save that met the optimistic lock: it says who changed the record and when, and
 * offers Reload (take the stored version) or Keep editing (copy your values somewhere first).
 */
public final class ConflictDialog {

    public static final ButtonType RELOAD = new ButtonType("Reload", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType KEEP = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);

    private ConflictDialog() {
    }

    /** Shows the dialog and runs {@code reload} when the user chooses Reload. Call on the FX thread. */
    public static void show(Window owner, ConcurrentModificationException conflict, String what, ZoneId zone,
                            Runnable reload) {
        ConflictMessage message = ConflictMessage.of(conflict, what, zone);
        Alert alert = new Alert(Alert.AlertType.WARNING, message.detail(), RELOAD, KEEP);
        alert.initOwner(owner);
        alert.setTitle("Changed by someone else");
        alert.setHeaderText(message.title());
        alert.getDialogPane().setId("conflict-dialog");
        // not showAndWait: a nested event loop would hold up the caller's callback chain
        alert.setOnHidden(e -> {
            if (RELOAD.equals(alert.getResult())) {
                reload.run();
            }
        });
        alert.show();
    }
}
