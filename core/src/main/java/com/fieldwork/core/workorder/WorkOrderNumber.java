package com.fieldwork.core.workorder;

import com.fieldwork.core.common.ValidationException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The number people use for a work order on the phone and on paper: WO-2026-000123. */
public record WorkOrderNumber(int year, long sequence) {

    private static final Pattern FORMAT = Pattern.compile("WO-(\\d{4})-(\\d{6})");

    public WorkOrderNumber {
        if (year < 2000 || year > 9999) {
            throw new ValidationException("number", "A work order year must have four digits, got " + year);
        }
        if (sequence < 1 || sequence > 999_999) {
            throw new ValidationException("number", "A work order sequence runs from 1 to 999999, got " + sequence);
        }
    }

    public static WorkOrderNumber parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new ValidationException("number", "'" + text + "' is not a work order number like WO-2026-000123");
        }
        return new WorkOrderNumber(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    /** The counter scope in which numbers of this year are handed out. */
    public static String sequenceScope(int year) {
        return "WORK_ORDER:" + year;
    }

    @Override
    public String toString() {
        return String.format("WO-%04d-%06d", year, sequence);
    }
}
