package com.fieldwork.packaging;

import com.fieldwork.console.ConsoleApp;
import com.fieldwork.console.shell.ConsoleViews;
import com.fieldwork.console.shell.ThemePreference;
import com.fieldwork.console.workorder.WorkOrderRow;
import com.fieldwork.db.demo.DemoUser;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

/**
 * The console headless on Monocle, on the demo company the launcher would start, with what its tests share:
 * signing in as a demo user, waiting for the screen to settle, reading a table's rows and saving a snapshot.
 */
@ExtendWith(ApplicationExtension.class)
abstract class ConsoleUiFixture {

    protected final LaunchedDemo demo = LaunchedDemo.get();
    /** What the console asked the desktop to open: no test starts a real PDF viewer. */
    protected final List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    protected ConsoleApp app;

    /** Called by each test class's own {@code @Start} method: TestFX looks only at the test class's declared methods. */
    protected void show(Stage stage) {
        ThemePreference theme = new ThemePreference(Preferences.userRoot().node("com/fieldwork/console-test"));
        var services = demo.services();
        app = new ConsoleApp(services.withRecords(services.records().withViewer(opened::add)), ConsoleViews.standard(),
                theme);
        stage.setWidth(1280);
        stage.setHeight(800);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** The screen as its user sees it, for a person to look at: packaging/target/screenshots/NAME.png. */
    protected static void snapshot(javafx.scene.Scene scene, String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                folder.resolve(name + ".png").toFile());
    }

    protected void signIn(FxRobot robot, DemoUser user) throws Exception {
        robot.clickOn("#login-username").write(user.username());
        robot.clickOn("#login-password").write(user.password());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> app.mainWindow().isPresent(), 15);
    }

    protected void waitForTable(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#work-order-table").tryQuery().isPresent() && !table(robot).getItems().isEmpty(), 15);
    }

    @SuppressWarnings("unchecked")
    protected static TableView<WorkOrderRow> table(FxRobot robot) {
        return robot.lookup("#work-order-table").queryAs(TableView.class);
    }

    protected static java.util.List<?> rows(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class).getItems();
    }

    protected static void waitUntil(Callable<Boolean> condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    protected static void waitUntilQuietly(Callable<Boolean> condition, int seconds) {
        try {
            waitUntil(condition, seconds);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
