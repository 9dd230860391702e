package com.fieldwork.core.intake;

import java.util.function.Function;

/** Runs one intake request in a transaction of its own; whatever {@code work} throws rolls all of it back. */
@FunctionalInterface
public interface IntakeTransactions {

    <T> T inTransaction(Function<IntakeScope, T> work);
}
