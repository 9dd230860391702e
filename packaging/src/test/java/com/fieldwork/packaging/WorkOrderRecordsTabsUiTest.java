package com.fieldwork.packaging;

import com.fieldwork.console.ConsoleApp;
import com.fieldwork.console.shell.ConsoleViews;
import com.fieldwork.console.shell.ThemePreference;
import com.fieldwork.console.workorder.records.LaborRow;
import com.fieldwork.console.workorder.records.PartRow;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.db.demo.DemoUser;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dispatcher opens a completed demo job and reads what the technician recorded: photos with a signature, the
 * parts used and the labor, each tab filled from the database the launcher seeded, headless on Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class WorkOrderRecordsTabsUiTest {

    private final LaunchedDemo demo = LaunchedDemo.get();
    private ConsoleApp app;

    @Start
    void start(Stage stage) {
        ThemePreference theme = new ThemePreference(Preferences.userRoot().node("com/fieldwork/console-test"));
        app = new ConsoleApp(demo.services(), ConsoleViews.standard(), theme);
        stage.setWidth(1280);
        stage.setHeight(800);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aCompletedJobShowsItsPhotosSignaturePartsAndLabor(FxRobot robot) throws Exception {
        WorkOrder order = demo.completedOrderWithPhotos();
        signIn(robot, LaunchedDemo.user(Role.DISPATCHER));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        robot.clickOn("#work-order-search").write(order.number().toString());
        waitUntil(() -> table(robot, "#work-order-table").getItems().size() == 1, 10);
        robot.interact(() -> table(robot, "#work-order-table").getSelectionModel().select(0));

        select(robot, "tab-photos");
        waitUntil(() -> loadedPictures(robot, "#photo-tiles") >= 2 && loadedPictures(robot, "#signature-tiles") == 1, 15);
        Node signature = robot.lookup("#signature-tiles").queryAs(FlowPane.class).getChildren().get(0);
        assertThat(robot.from(signature).lookup(".records-tile-title").queryAs(Label.class).getText())
                .startsWith("Signed by ");

        robot.clickOn(robot.lookup("#photo-tiles").queryAs(FlowPane.class).getChildren().get(0));
        waitUntil(() -> robot.lookup("#photo-large").tryQuery().isPresent()
                && robot.from(robot.lookup("#photo-large").queryAs(Pane.class)).lookup(".image-view")
                .queryAs(ImageView.class).getImage() != null, 10);
        robot.type(KeyCode.ESCAPE);

        select(robot, "tab-parts");
        waitUntil(() -> !table(robot, "#parts-table").getItems().isEmpty(), 10);
        PartRow part = (PartRow) table(robot, "#parts-table").getItems().get(0);
        assertThat(part.location()).startsWith("Van of ");
        assertThat(robot.lookup("#parts-total").queryAs(Label.class).getText()).startsWith("Total ").contains("list price");

        select(robot, "tab-labor");
        waitUntil(() -> !table(robot, "#labor-table").getItems().isEmpty(), 10);
        LaborRow labor = (LaborRow) table(robot, "#labor-table").getItems().get(0);
        assertThat(labor.technician()).doesNotStartWith("Technician #");
        assertThat(robot.lookup("#labor-total").queryAs(Label.class).getText()).startsWith("Total ").contains(" h ");
    }

    /** As a dispatcher picks it from the tab strip or, on a narrow window, from its overflow menu. */
    private static void select(FxRobot robot, String tabId) {
        TabPane tabs = robot.lookup("#work-order-tabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
    }

    private static long loadedPictures(FxRobot robot, String tiles) {
        return robot.lookup(tiles).queryAs(FlowPane.class).getChildren().stream()
                .filter(tile -> robot.from(tile).lookup(".image-view").queryAs(ImageView.class).getImage() != null)
                .count();
    }

    private void signIn(FxRobot robot, DemoUser user) throws Exception {
        robot.clickOn("#login-username").write(user.username());
        robot.clickOn("#login-password").write(user.password());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> app.mainWindow().isPresent(), 15);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static void waitUntil(Callable<Boolean> condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
