package com.fieldwork.console.shell;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleViewsTest {

    /** A navigation entry without a factory would show the "not there yet" placeholder to a dispatcher. */
    @Test
    void everyNavigationEntryOpensARealView() {
        ConsoleViews views = ConsoleViews.standard();

        assertThat(Arrays.stream(Destination.values()).filter(d -> views.factoryFor(d).isEmpty()))
                .as("destinations still on the placeholder").isEmpty();
    }
}
