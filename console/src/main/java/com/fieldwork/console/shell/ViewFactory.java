package com.fieldwork.console.shell;

/** Builds a main view the first time the user opens it. */
@FunctionalInterface
public interface ViewFactory {
    ConsoleView create(ViewContext context);
}
