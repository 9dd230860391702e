package com.fieldwork.core.catalog;

/** What kind of answer a checklist item takes. */
public enum ChecklistItemKind {
    YES_NO, NUMBER, TEXT, PHOTO
}
