package com.fieldwork.console.shell;

import javafx.scene.Node;

/** One main view as the window hosts it. */
public interface ConsoleView {

    Node node();

    /** Ctrl+F: puts the cursor in the view's search field, if it has one. */
    default void focusSearch() {
    }

    /** Ctrl+N while this view is shown (the window first switches to Work orders). */
    default void createNew() {
    }

    /** A pin on the map, a calendar entry or a customer's history asked for this work order. */
    default void openWorkOrder(long workOrderId) {
    }

    /** The view is gone: close subscriptions and listeners. */
    default void dispose() {
    }
}
