package com.fieldwork.console.inventory;

import atlantafx.base.theme.PrimerLight;
import com.fieldwork.console.board.BoardSnapshots;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.inventory.StockMovementKind;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The inventory screen on a headless screen, driven as a storeman would. */
@ExtendWith(ApplicationExtension.class)
class InventoryViewFxTest {

    private final FakeStock stock = new FakeStock();
    private InventoryViewModel model;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new InventoryViewModel(stock, stock, new SynchronousTaskExecutor(), FakeStock.MANAGER,
                ZoneId.of("America/Denver"));
        stage.setScene(new Scene(new InventoryView(model), 1280, 760));
        stage.show();
        model.load();
    }

    @Test
    void theLowPartIsHighlightedAndItsAlertPreparesTheTransferThatClearsIt(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#inventory-stock").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup(".table-row-cell").match(n -> n.getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("low"))).queryAll()).hasSize(1);
        robot.interact(() -> BoardSnapshots.write(table.getScene(), "inventory-screen"));

        robot.clickOn(".alert-prepare");
        DialogPane dialog = dialog(robot);
        assertThat(robot.lookup("#move-quantity").queryAs(TextField.class).getText()).isEqualTo("7");
        assertThat(robot.lookup("#move-source").queryAs(ComboBox.class).getValue()).isEqualTo(FakeStock.EAST);
        robot.interact(() -> BoardSnapshots.write(dialog.getScene(), "inventory-transfer-dialog"));
        robot.clickOn("#move-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#stock-move-dialog").tryQuery()).isEmpty();
        assertThat(stock.recorded()).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(StockMovementKind.TRANSFER));
        robot.interact(() -> model.applyChanges(List.of(new Change(1, "stock_level", "10:100", ChangeOperation.UPDATE,
                OptionalLong.of(1), Instant.EPOCH))));
        assertThat(robot.lookup(".alert-prepare").tryQuery()).isEmpty();
        assertThat(robot.lookup("#inventory-movements").queryAs(TableView.class).getItems()).hasSize(1);
    }

    @Test
    void aTransferOfMoreThanIsThereShowsTheRefusalInTheDialogWhichStaysOpen(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#inventory-stock").queryAs(TableView.class).getSelectionModel().select(1));
        robot.clickOn("#inventory-transfer");
        dialog(robot);
        robot.interact(() -> robot.lookup("#move-destination").queryAs(ComboBox.class).setValue(FakeStock.VAN));
        robot.clickOn("#move-quantity").write("9");
        robot.clickOn("#move-ok");
        WaitForAsyncUtils.waitForFxEvents();

        Label refusal = robot.lookup("#move-refusal").queryAs(Label.class);
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).isEqualTo(
                "Not enough FLT-200 at Denver warehouse: requested 9, available 3 (on hand 3, reserved 0)");
        assertThat(stock.recorded()).isEmpty();
        robot.interact(() -> BoardSnapshots.write(refusal.getScene(), "inventory-transfer-refused"));
        robot.interact(() -> ((Button) robot.lookup(".dialog-pane .button").match(
                (Button b) -> b.getText().equals("Cancel")).query()).fire());
    }

    private static DialogPane dialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#stock-move-dialog").tryQuery().isPresent());
        return robot.lookup("#stock-move-dialog").queryAs(DialogPane.class);
    }
}
