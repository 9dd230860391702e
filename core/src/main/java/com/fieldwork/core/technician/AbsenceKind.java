package com.fieldwork.core.technician;

public enum AbsenceKind {
    VACATION, TRAINING, SICK, PUBLIC_HOLIDAY, OTHER
}
