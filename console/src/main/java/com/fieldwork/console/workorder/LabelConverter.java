package com.fieldwork.console.workorder;

import javafx.util.StringConverter;

import java.util.function.Function;

/** Shows a choice by its label; {@code none} stands for "nothing chosen". Pick-only: text is never parsed. */
final class LabelConverter<T> extends StringConverter<T> {

    private final Function<T, String> label;
    private final String none;

    LabelConverter(Function<T, String> label, String none) {
        this.label = label;
        this.none = none;
    }

    @Override
    public String toString(T value) {
        return value == null ? none : label.apply(value);
    }

    @Override
    public T fromString(String string) {
        return null;
    }
}
