package com.fieldwork.core.audit;

import java.util.List;

/** Reads the audit log (it is written by the repositories, inside each change's transaction). */
public interface AuditLog {

    /** The whole trail of one record, oldest first. */
    List<AuditEntry> forEntity(String entity, Object entityId);
}
