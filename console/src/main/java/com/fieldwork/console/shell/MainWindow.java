package com.fieldwork.console.shell;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The window after sign-in: navigation on the left (Ctrl+1..6), the current view in the middle, the
 * status bar below. Views are built on first visit by the factories in {@link ConsoleViews} and kept, so
 * switching back is instant and keeps the user's place.
 */
public final class MainWindow {

    private final ShellViewModel model;
    private final ConsoleViews views;
    private final ViewContext context;
    private final Map<Destination, ConsoleView> built = new EnumMap<>(Destination.class);
    private final Map<Destination, ToggleButton> buttons = new EnumMap<>(Destination.class);
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();

    public MainWindow(ShellViewModel model, ConsoleViews views, ViewContext context, ThemePreference theme) {
        this.model = Objects.requireNonNull(model, "model");
        this.views = Objects.requireNonNull(views, "views");
        this.context = Objects.requireNonNull(context, "context");
        root.getStyleClass().add("main-window");
        root.setLeft(navigation(theme));
        root.setCenter(content);
        root.setBottom(statusBar());
        content.getStyleClass().add("main-content");
        model.currentProperty().addListener((obs, old, now) -> show(now));
        show(model.currentProperty().get());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    public Parent root() {
        return root;
    }

    /** Shows a view, when this user may open it; false otherwise. */
    public boolean open(Destination destination) {
        return model.open(destination);
    }

    /** Switches to Work orders with this one open, when this user may see work orders. */
    public void openWorkOrder(long workOrderId) {
        if (model.open(Destination.WORK_ORDERS)) {
            currentView().openWorkOrder(workOrderId);
        }
    }

    /** The view shown now (built if needed). */
    public ConsoleView currentView() {
        return viewFor(model.currentProperty().get());
    }

    private VBox navigation(ThemePreference theme) {
        Label product = new Label("Fieldwork");
        product.getStyleClass().addAll("title-3", "nav-title");
        VBox nav = new VBox(4, product);
        nav.getStyleClass().add("navigation");
        ToggleGroup group = new ToggleGroup();
        for (Destination destination : model.destinations()) {
            ToggleButton button = new ToggleButton(destination.title());
            button.setId("nav-" + destination.name().toLowerCase().replace('_', '-'));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setTooltip(new Tooltip(destination.title() + " (Ctrl+" + destination.shortcutDigit() + ")"));
            button.setOnAction(e -> model.open(destination));
            buttons.put(destination, button);
            nav.getChildren().add(button);
        }
        // a selected toggle clicked again must stay selected: the window always shows a view
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        ToggleButton dark = new ToggleButton("Dark theme");
        dark.setId("theme-toggle");
        dark.setMaxWidth(Double.MAX_VALUE);
        dark.setSelected(theme.isDark());
        dark.selectedProperty().addListener((obs, old, now) -> theme.apply(now));
        nav.getChildren().addAll(spacer, dark);
        return nav;
    }

    private HBox statusBar() {
        Label user = new Label(model.userText());
        user.setId("status-user");
        Label database = new Label(model.databaseText());
        database.setId("status-database");
        Label api = new Label(model.apiText());
        api.setId("status-api");
        Label live = new Label();
        live.setId("status-live");
        live.textProperty().bind(model.liveText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, user, spacer, database, api, live);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void show(Destination destination) {
        ToggleButton button = buttons.get(destination);
        if (button != null) {
            button.setSelected(true);
        }
        content.getChildren().setAll(viewFor(destination).node());
    }

    private ConsoleView viewFor(Destination destination) {
        return built.computeIfAbsent(destination, d -> views.factoryFor(d)
                .map(factory -> factory.create(context))
                .orElseGet(() -> new PlaceholderView(d)));
    }

    private void shortcut(KeyEvent event) {
        if (!event.isShortcutDown()) {
            return;
        }
        if (event.getCode().isDigitKey()) {
            int digit = event.getCode().getCode() - KeyCode.DIGIT0.getCode();
            if (event.getCode().getName().startsWith("Numpad")) {
                digit = event.getCode().getCode() - KeyCode.NUMPAD0.getCode();
            }
            model.byShortcut(digit).ifPresent(model::open);
            event.consume();
        } else if (FIND.match(event)) {
            currentView().focusSearch();
            event.consume();
        } else if (NEW.match(event)) {
            if (model.open(Destination.WORK_ORDERS)) {
                currentView().createNew();
            }
            event.consume();
        }
    }

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    /** Closes every built view's subscriptions. */
    public void dispose() {
        built.values().forEach(ConsoleView::dispose);
        built.clear();
    }
}
