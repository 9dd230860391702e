package com.fieldwork.core.field;

public enum AttachmentKind {
    PHOTO, SIGNATURE, DOCUMENT, REPORT
}
