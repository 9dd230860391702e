package com.fieldwork.console.shell;

import com.fieldwork.console.ConsoleServices;
import com.fieldwork.console.live.LiveState;
import com.fieldwork.core.common.Actor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The main window's state: which views this user may open, which one is shown, what the status bar says. */
public final class ShellViewModel {

    private final Actor actor;
    private final ConsoleServices.Environment environment;
    private final List<Destination> destinations;
    private final ObjectProperty<Destination> current = new SimpleObjectProperty<>();
    private final StringBinding liveText;

    public ShellViewModel(Actor actor, ConsoleServices.Environment environment, ReadOnlyObjectProperty<LiveState> live) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.destinations = Arrays.stream(Destination.values()).filter(d -> d.visibleTo(actor)).toList();
        this.liveText = Bindings.createStringBinding(() -> live.get() == null ? "" : live.get().label(), live);
        current.set(destinations.contains(Destination.BOARD) ? Destination.BOARD : destinations.get(0));
    }

    /** The views this user's role may open, in navigation order. */
    public List<Destination> destinations() {
        return destinations;
    }

    public ObjectProperty<Destination> currentProperty() {
        return current;
    }

    /** Ctrl+digit: the view with that shortcut, when this user may open it. */
    public Optional<Destination> byShortcut(int digit) {
        return destinations.stream().filter(d -> d.shortcutDigit() == digit).findFirst();
    }

    public boolean open(Destination destination) {
        if (!destinations.contains(destination)) {
            return false;
        }
        current.set(destination);
        return true;
    }

    public String userText() {
        return actor.displayName() + " (" + actor.role().label() + ")";
    }

    public String databaseText() {
        return "Database: " + environment.databaseEngine();
    }

    public String apiText() {
        return environment.apiUrl().isEmpty() ? "Field API: not in this process" : "Field API: " + environment.apiUrl();
    }

    public StringBinding liveText() {
        return liveText;
    }
}
