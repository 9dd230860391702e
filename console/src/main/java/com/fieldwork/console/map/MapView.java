package com.fieldwork.console.map;

import com.fieldwork.console.schedule.ScheduleStyles;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.console.schedule.TechnicianSummary;
import com.fieldwork.core.common.GeoPoint;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The map view: a toolbar (day, technician whose route to draw), the map with its three layers, a legend,
 * and — when the configured provider could not be used, or did not start in time — the reason, in a banner.
 * The view only runs the start timer and swaps surfaces; {@link MapProviderChoice} decides.
 */
public final class MapView extends BorderPane {

    private final MapViewModel model;
    private final MapSettings settings;
    private final MapProviderChoice choice;
    private final StackPane mapPane;
    private final Label banner = new Label();
    private final PauseTransition startTimer = new PauseTransition();
    /** Close enough to see the street a job is on. */
    private static final int CLOSE_ZOOM = 15;
    private MapSurface surface;
    private boolean centred;

    public MapView(MapViewModel model, MapSettings settings, MapProviders providers) {
        this.model = model;
        this.settings = settings;
        this.choice = new MapProviderChoice(providers, settings);
        getStyleClass().add("map-view");
        ScheduleStyles.apply(this);

        banner.setId("map-provider-message");
        banner.getStyleClass().add("map-provider-message");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.managedProperty().bind(banner.visibleProperty());
        setTop(new VBox(toolbar(), banner));
        Region legend = legend();
        mapPane = new StackPane(legend);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        mapPane.getStyleClass().add("map-pane");
        setCenter(mapPane);
        setRight(jobList());
        startTimer.setOnFinished(e -> choice.startTimedOut().ifPresent(this::show));
        show(choice.current());

        model.technicianMarkers().addListener((ListChangeListener<TechnicianMarker>) c -> redrawTechnicians());
        model.jobs().addListener((ListChangeListener<ScheduledVisit>) c -> redrawJobs());
        model.route().addListener((ListChangeListener<ScheduledVisit>) c -> surface.showRoute(List.copyOf(model.route())));
    }

    /** Puts the selected provider's surface under the legend and draws what the view model holds on it. */
    private void show(MapProviders.Selection selection) {
        startTimer.stop();
        if (surface != null) {
            mapPane.getChildren().remove(surface.node());
            surface.dispose();
            surface = null;
        }
        MapSurface built;
        try {
            built = selection.provider().createSurface(settings);
        } catch (RuntimeException | LinkageError e) { // e.g. WebKit's native library missing on this machine
            Optional<MapProviders.Selection> fallback = choice.failed("it could not start here (" + e + ").");
            if (fallback.isEmpty()) {
                throw e;
            }
            show(fallback.get());
            return;
        }
        surface = built;
        surface.setOnJobClicked(model::openJob);
        surface.setOnTechnicianClicked(model::selectTechnician);
        mapPane.getChildren().add(0, surface.node());
        banner.setText(selection.message().orElse(""));
        banner.setVisible(selection.message().isPresent());
        // a surface swapped in after the day has loaded is centred at once: give it its size (under the banner) first
        layout();
        centred = false;
        redrawTechnicians();
        redrawJobs();
        surface.showRoute(List.copyOf(model.route()));
        choice.startTimeout().ifPresent(timeout -> {
            startTimer.setDuration(Duration.millis(timeout.toMillis()));
            startTimer.playFromStart();
        });
        built.whenStarted(() -> {
            if (surface == built) {
                choice.started();
                startTimer.stop();
            }
        }, why -> {
            if (surface == built) {
                choice.failed(why).ifPresent(this::show);
            }
        });
    }

    private Region toolbar() {
        DatePicker day = new DatePicker();
        day.valueProperty().bindBidirectional(model.dayProperty());
        day.setId("map-day");

        ComboBox<TechnicianSummary> technician = new ComboBox<>(model.technicians());
        technician.setId("map-technician");
        technician.setPromptText("Route of… (pick a technician)");
        technician.valueProperty().bindBidirectional(model.selectedTechnicianProperty());
        technician.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(TechnicianSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "Route of… (pick a technician)" : item.name() + " · " + item.branchName());
            }
        });
        Button clear = new Button("Hide route");
        clear.setOnAction(e -> model.selectedTechnicianProperty().set(null));
        clear.disableProperty().bind(model.selectedTechnicianProperty().isNull());

        Label status = new Label();
        status.getStyleClass().add("map-status");
        status.textProperty().bind(model.statusProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Day"), day, technician, clear, spring, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("map-toolbar");
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    /**
     * The day's jobs beside the map (the selected technician's stops, in order, when one is picked): choosing
     * one centres the map on it, Enter or a double click opens it. Every pin is reachable without the mouse.
     */
    private Region jobList() {
        ListView<ScheduledVisit> list = new ListView<>(model.listed());
        list.setId("map-jobs");
        list.getStyleClass().add("map-jobs");
        list.setPlaceholder(new Label("No jobs on this day"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ScheduledVisit job, boolean empty) {
                super.updateItem(job, empty);
                setText(empty || job == null ? null : model.describe(job));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, job) -> {
            if (job != null && surface != null) {
                surface.centre(job.location(), CLOSE_ZOOM);
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            ScheduledVisit job = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && job != null) {
                model.openJob(job);
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            ScheduledVisit job = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && job != null) {
                model.openJob(job);
            }
        });
        Label title = new Label("Jobs");
        title.getStyleClass().add("side-title");
        VBox side = new VBox(4, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        side.getStyleClass().add("map-side");
        side.setPadding(new Insets(6));
        side.setPrefWidth(300);
        return side;
    }

    private Region legend() {
        HBox legend = new HBox(10);
        legend.getStyleClass().add("map-legend");
        for (String[] stage : new String[][]{{"planned", "Planned"}, {"en-route", "En route"}, {"on-site", "On site"},
                {"stuck", "Waiting / on hold"}, {"done", "Done"}}) {
            Circle dot = new Circle(6);
            dot.getStyleClass().addAll("job-pin", "job-" + stage[0], "priority-normal");
            Label label = new Label(stage[1], dot);
            legend.getChildren().add(label);
        }
        Circle urgent = new Circle(8);
        urgent.getStyleClass().addAll("job-pin", "job-planned", "priority-emergency");
        legend.getChildren().add(new Label("Emergency (red ring)", urgent));
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        legend.setAlignment(Pos.CENTER_LEFT);
        return legend;
    }

    private void redrawTechnicians() {
        surface.setZone(model.zone());
        surface.showTechnicians(List.copyOf(model.technicianMarkers()));
        centreOnce();
    }

    private void redrawJobs() {
        surface.setZone(model.zone());
        surface.showJobs(List.copyOf(model.jobs()));
        centreOnce();
    }

    /** The first time there is something to show, centre on the middle of it. */
    private void centreOnce() {
        if (centred) {
            return;
        }
        List<GeoPoint> points = new ArrayList<>();
        model.jobs().forEach(j -> points.add(j.location()));
        model.technicianMarkers().forEach(t -> points.add(t.position()));
        if (points.isEmpty()) {
            return;
        }
        double width = surface.node().getLayoutBounds().getWidth();
        double height = surface.node().getLayoutBounds().getHeight();
        MapFit fit = MapFit.of(points, width > 0 ? width : 1000, height > 0 ? height : 700);
        surface.centre(fit.centre(), fit.zoom());
        centred = true;
    }

    public MapViewModel model() {
        return model;
    }
}
