package com.fieldwork.core.audit;

/** What happened to an entity, as told by the change feed and the audit log. */
public enum ChangeOperation {
    INSERT, UPDATE, DELETE
}
