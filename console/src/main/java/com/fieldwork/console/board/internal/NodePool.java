package com.fieldwork.console.board.internal;

import javafx.scene.Node;
import javafx.scene.layout.Pane;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Nodes of one kind, reused from paint to paint: a paint takes what it needs and the rest are hidden, so
 * scrolling a large board creates no garbage and the scene graph stays the size of the screen.
 */
final class NodePool<T extends Node> {

    private final Pane parent;
    private final Supplier<T> factory;
    private final List<T> nodes = new ArrayList<>();
    private int used;

    NodePool(Pane parent, Supplier<T> factory) {
        this.parent = parent;
        this.factory = factory;
    }

    void reset() {
        used = 0;
    }

    T take() {
        if (used == nodes.size()) {
            T node = factory.get();
            node.setManaged(false);
            nodes.add(node);
            parent.getChildren().add(node);
        }
        T node = nodes.get(used++);
        node.setVisible(true);
        return node;
    }

    /** Hides what this paint did not take. */
    void hideRest() {
        for (int i = used; i < nodes.size(); i++) {
            nodes.get(i).setVisible(false);
        }
    }

    int inUse() {
        return used;
    }
}
