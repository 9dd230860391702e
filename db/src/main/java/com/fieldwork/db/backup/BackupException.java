package com.fieldwork.db.backup;

/** A backup or restore that cannot be done as asked; the message says why and what to do instead. */
public final class BackupException extends RuntimeException {

    /** Why: the caller turns each into its own exit code. */
    public enum Reason {
        /** The target database already has tables, or the backup file already exists. */
        NOT_EMPTY,
        /** The backup file is missing, unreadable, or not a Fieldwork backup. */
        BAD_FILE,
        /** The database cannot be read or written. */
        DATABASE
    }

    private final Reason reason;

    public BackupException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public BackupException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
