package com.fieldwork.console.schedule;

import atlantafx.base.theme.PrimerLight;
import com.fieldwork.console.task.FxTaskExecutor;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.Locale;

/**
 * One view on the demo company in a window, to try before the shell is merged:
 * {@code ScheduleDemoApp map|calendar|customers|technicians} (test classpath, a display or Xvfb).
 * Drags in the calendar really save into the private in-memory demo database.
 */
public final class ScheduleDemoApp {

    private ScheduleDemoApp() {
    }

    /** Not the Application itself: the JDK refuses a main class extending Application on the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window with the chosen view. */
    public static final class Window extends Application {

        private DemoSchedule demo;
        private FxTaskExecutor executor;

        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            String which = getParameters().getRaw().isEmpty() ? "map"
                    : getParameters().getRaw().get(0).toLowerCase(Locale.ROOT);
            Scene scene = new Scene(new Label("Loading the demo company…"), 1400, 900);
            stage.setTitle("Fieldwork demo: " + which);
            stage.setScene(scene);
            stage.show();
            executor = new FxTaskExecutor(2);
            // the demo company takes seconds to load: off the FX thread, like everything else
            executor.submit("Loading the demo company", p -> DemoSchedule.open(), loaded -> {
                demo = loaded;
                scene.setRoot(switch (which) {
                    case "calendar" -> ScheduleDemoViews.calendar(demo, executor, null);
                    case "customers" -> ScheduleDemoViews.customers(demo, executor);
                    case "technicians" -> ScheduleDemoViews.technicians(demo, executor);
                    default -> ScheduleDemoViews.map(demo, executor);
                });
            }, failure -> scene.setRoot(new Label("Could not load the demo company: " + failure)));
        }

        @Override
        public void stop() {
            executor.close();
            if (demo != null) {
                demo.close();
            }
        }
    }
}
