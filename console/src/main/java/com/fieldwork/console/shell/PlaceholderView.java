package com.fieldwork.console.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Stands in for a view that is not wired yet, so the navigation and its shortcut already work. */
final class PlaceholderView implements ConsoleView {

    private final VBox root;

    PlaceholderView(Destination destination) {
        Label title = new Label(destination.title());
        title.getStyleClass().add("title-2");
        Label text = new Label("This view is not part of this build yet.");
        text.getStyleClass().add("text-muted");
        root = new VBox(8, title, text);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("placeholder-view");
    }

    @Override
    public Node node() {
        return root;
    }
}
