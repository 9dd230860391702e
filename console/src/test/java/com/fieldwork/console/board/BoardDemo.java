package com.fieldwork.console.board;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.fieldwork.console.task.FxTaskExecutor;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.List;

/**
 * The board on its own, on a generated company held in memory (40 technicians, 400 visits over a week, 40
 * queued), to look at and drag around while the console shell is being built. Arguments: {@code dark} for the
 * dark theme. Run: {@code ./mvnw -o -Pboard-demo -pl core,console verify -DskipTests}.
 */
public final class BoardDemo {

    private BoardDemo() {
    }

    public static void main(String[] args) {
        // a main outside the Application subclass: the JavaFX launcher check wants modules otherwise
        Application.launch(App.class, args);
    }

    /** The window. */
    public static final class App extends Application {

        private FxTaskExecutor tasks;
        private BoardView view;

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Application.setUserAgentStylesheet(args.contains("dark") ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            BoardWorld world = BoardWorld.generate(42, 40, 400, 40, 5);
            tasks = new FxTaskExecutor(2);
            BoardViewModel model = new BoardViewModel(world, world.dispatchService(), world.travel(),
                    BoardWorld.DISPATCHER, BoardWorld.CLOCK, tasks);
            model.dayProperty().set(BoardWorld.DAY);
            view = new BoardView(model);
            stage.setTitle("Fieldwork — dispatch board (demo data)");
            stage.setScene(new Scene(view, 1500, 900));
            stage.show();
            model.load();
        }

        @Override
        public void stop() {
            view.dispose();
            tasks.close();
        }
    }
}
