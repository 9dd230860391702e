package com.fieldwork.packaging;

import com.fieldwork.console.ConsoleApp;
import com.fieldwork.console.shell.ConsoleViews;
import com.fieldwork.console.shell.Destination;
import com.fieldwork.console.shell.MainWindow;
import com.fieldwork.console.shell.ThemePreference;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.demo.DemoUser;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

/**
 * Writes a PNG of each main view, on the demo company, with no display: JavaFX runs on Monocle's headless
 * platform and each scene is snapshotted. Every navigation entry is visited, so a view wired into
 * {@link ConsoleViews#standard()} is in the tour without touching this class.
 *
 * <pre>./mvnw -q -pl packaging -am -DskipTests test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.fieldwork.packaging.ScreenshotTour -Dexec.args=packaging/target/screenshots</pre>
 */
public final class ScreenshotTour {

    private static final long SETTLE_MS = 3_500;

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        headless();
        Path out = Path.of(args.length > 0 ? args[0] : "packaging/target/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        LaunchedDemo demo = LaunchedDemo.get();
        Platform.startup(() -> { });
        boolean dark = args.length > 1 && args[1].equals("dark");
        Preferences prefs = Preferences.userRoot().node("com/fieldwork/console-tour");
        ThemePreference theme = new ThemePreference(prefs);
        ConsoleApp app = onFx(() -> new ConsoleApp(demo.services(), ConsoleViews.standard(), theme));
        Stage stage = onFx(() -> {
            theme.apply(dark);
            Stage s = new Stage();
            s.setWidth(1440);
            s.setHeight(900);
            app.show(s);
            ((TextInputControl) s.getScene().lookup("#login-username")).setText("dispatch");
            return s;
        });
        shoot(stage.getScene(), out.resolve("01-login.png"));
        onFx(() -> {
            ((TextInputControl) stage.getScene().lookup("#login-password"))
                    .setText(LaunchedDemo.user(Role.DISPATCHER).password());
            ((Button) stage.getScene().lookup("#login-submit")).fire();
            return null;
        });
        waitFor(() -> app.mainWindow().isPresent());
        MainWindow window = app.mainWindow().orElseThrow();
        int n = 2;
        for (Destination destination : Destination.values()) {
            onFx(() -> window.open(destination));
            shoot(stage.getScene(), out.resolve(String.format("%02d-%s.png", n++, destination.name().toLowerCase())));
        }
        onFx(() -> {
            window.open(Destination.WORK_ORDERS);
            ((TableView<?>) stage.getScene().lookup("#work-order-table")).getSelectionModel().select(0);
            return null;
        });
        shoot(stage.getScene(), out.resolve(String.format("%02d-work-order-form.png", n++)));
        long recorded = demo.completedOrderWithPhotos().id();
        onFx(() -> {
            window.openWorkOrder(recorded);
            return null;
        });
        for (String tab : new String[] {"tab-photos", "tab-parts", "tab-labor"}) {
            onFx(() -> {
                TabPane tabs = (TabPane) stage.getScene().lookup("#work-order-tabs");
                tabs.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
                return null;
            });
            shoot(stage.getScene(), out.resolve(String.format("%02d-work-order-%s.png", n++, tab.substring(4))));
        }
        Scene large = openFirstPhoto(stage);
        shoot(large, out.resolve(String.format("%02d-work-order-photo-large.png", n)));
        onFx(() -> {
            large.getWindow().hide();
            return null;
        });
        onFx(() -> {
            app.close();
            stage.close();
            return null;
        });
        shootInvoices(demo, theme, out, n + 1);
        demo.server().close();
        Platform.exit();
        System.out.println("Screenshots in " + out);
    }

    /** Clicks the first photo on the photos tab, as a dispatcher would, and returns the dialog it opens. */
    private static Scene openFirstPhoto(Stage stage) throws Exception {
        onFx(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#work-order-tabs");
            tabs.getTabs().stream().filter(t -> "tab-photos".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            return null;
        });
        Thread.sleep(SETTLE_MS);
        onFx(() -> {
            Node tile = ((Pane) stage.getScene().lookup("#photo-tiles")).getChildren().get(0);
            tile.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 1,
                    false, false, false, false, true, false, false, true, false, false, null));
            return null;
        });
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.getScene().lookup("#photo-large") != null));
        return onFx(() -> Window.getWindows().stream().filter(w -> w != stage)
                .filter(w -> w.getScene().lookup("#photo-large") != null).findFirst().orElseThrow().getScene());
    }

    /**
     * The invoices screen and its aging tab as the demo's accountant sees them: the dispatcher above may not
     * open invoices, so the tour's loop shows the previous view for that entry.
     */
    private static void shootInvoices(LaunchedDemo demo, ThemePreference theme, Path out, int n) throws Exception {
        ConsoleApp books = onFx(() -> new ConsoleApp(demo.services(), ConsoleViews.standard(), theme));
        DemoUser accountant = LaunchedDemo.user(Role.ACCOUNTANT);
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setWidth(1440);
            s.setHeight(900);
            books.show(s);
            ((TextInputControl) s.getScene().lookup("#login-username")).setText(accountant.username());
            ((TextInputControl) s.getScene().lookup("#login-password")).setText(accountant.password());
            ((Button) s.getScene().lookup("#login-submit")).fire();
            return s;
        });
        waitFor(() -> books.mainWindow().isPresent());
        onFx(() -> books.mainWindow().orElseThrow().open(Destination.INVOICES));
        waitFor(() -> !((TableView<?>) stage.getScene().lookup("#invoices-table")).getItems().isEmpty());
        onFx(() -> {
            ((TableView<?>) stage.getScene().lookup("#invoices-table")).getSelectionModel().select(0);
            return null;
        });
        shoot(stage.getScene(), out.resolve(String.format("%02d-invoices-accountant.png", n)));
        onFx(() -> {
            ((TabPane) stage.getScene().lookup(".invoices-view .tab-pane")).getSelectionModel().select(1);
            return null;
        });
        shoot(stage.getScene(), out.resolve(String.format("%02d-invoices-aging.png", n + 1)));
        onFx(() -> {
            books.close();
            stage.close();
            return null;
        });
    }

    /** Monocle's headless platform and the software renderer: no display, no GTK. */
    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        // the headless screen must hold the whole window (its default is 1280x800)
        System.setProperty("headless.geometry", "1600x1000-32");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    private static void shoot(Scene scene, Path file) throws Exception {
        Thread.sleep(SETTLE_MS);
        var image = onFx(() -> scene.snapshot(null));
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (!onFx(condition)) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("The console did not get there in 20 s");
            }
            Thread.sleep(100);
        }
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | AssertionError e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
