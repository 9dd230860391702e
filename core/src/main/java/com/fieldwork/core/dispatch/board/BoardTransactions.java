package com.fieldwork.core.dispatch.board;

import java.util.function.Function;

/**
 * Runs board writes in one transaction of their own: whatever {@code work} throws rolls all of it back, the
 * audit log and change-feed rows the repositories wrote included. A drop and a whole accepted plan each are
 * one such unit.
 */
@FunctionalInterface
public interface BoardTransactions {

    <T> T inTransaction(Function<BoardWrites, T> work);
}
