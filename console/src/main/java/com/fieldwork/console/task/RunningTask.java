package com.fieldwork.console.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A submitted task as the screen sees it: bind a progress bar and a label to it, offer Cancel. */
public interface RunningTask {

    /** -1 while the amount of work is unknown, then 0..1. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    ReadOnlyBooleanProperty runningProperty();

    /** Asks the work to stop; it sees {@link TaskExecutor.Progress#isCancelled()} and neither callback runs. */
    void cancel();
}
