package com.fieldwork.packaging;

import com.fieldwork.console.ConsoleApp;
import com.fieldwork.console.setup.FirstRunView;
import com.fieldwork.console.setup.FirstRunViewModel;
import com.fieldwork.console.shell.ThemePreference;
import com.fieldwork.console.task.FxTaskExecutor;
import com.fieldwork.db.config.FieldworkConfig;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The console's first start on a workstation: with no {@code fieldwork.properties} in the data folder and no
 * {@code FIELDWORK_DB_URL}, ask where the data lives (this computer, or the office server) and save the answer,
 * so every later start, and the field API, read it from the file like any other setting.
 *
 * <p>For the launcher: start the JavaFX toolkit first ({@code Platform.startup(() -> { })}), then call
 * {@link #askIfNeeded} before {@code FieldworkConfig.load()}, then start the session and show the console with
 * {@code Platform.runLater}; a {@code false} means the window was closed without a choice, and the console should
 * end. The server command never asks (a headless box is configured by file or environment).
 */
public final class FirstRun {

    private FirstRun() {
    }

    /**
     * True when nothing says where the database is yet: no URL in the environment, no settings file, and no
     * embedded database in the data folder (an installation from before this question keeps working unasked).
     */
    public static boolean isNeeded(Map<String, String> env, Path home) {
        String url = env.get("FIELDWORK_DB_URL");
        if (url != null && !url.isBlank()) {
            return false;
        }
        Path dataDir = FieldworkConfig.load(env, home).dataDir();
        return !Files.exists(dataDir.resolve(FieldworkConfig.FILE_NAME)) && !Files.exists(dataDir.resolve(EMBEDDED_DATABASE));
    }

    /** Where the embedded default keeps its H2 files (FieldworkConfig's default URL). */
    static final String EMBEDDED_DATABASE = "db";

    /**
     * Shows the dialog when {@link #isNeeded} and waits for it; call from any thread but the FX thread.
     *
     * @return false when the user closed the dialog without choosing
     */
    public static boolean askIfNeeded(Map<String, String> env, Path home) throws InterruptedException {
        if (!isNeeded(env, home)) {
            return true;
        }
        Path dataDir = FieldworkConfig.load(env, home).dataDir();
        CompletableFuture<Boolean> chosen = new CompletableFuture<>();
        FxTaskExecutor executor = new FxTaskExecutor(1);
        // closing this window must not end the toolkit: the console's window comes next
        Platform.setImplicitExit(false);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            FirstRunViewModel model = new FirstRunViewModel(new OfficeDatabaseSetup(dataDir), executor);
            FirstRunView view = new FirstRunView(model, choice -> {
                chosen.complete(true);
                stage.close();
            });
            Scene scene = new Scene(view.root(), 640, 620);
            scene.getStylesheets().add(ConsoleApp.STYLESHEET);
            ThemePreference theme = ThemePreference.forThisUser();
            theme.apply(theme.isDark());
            stage.setTitle("Fieldwork: first start");
            stage.setScene(scene);
            stage.setOnHidden(e -> chosen.complete(false));
            stage.show();
        });
        try {
            return chosen.join();
        } finally {
            executor.close();
        }
    }
}
