package com.fieldwork.packaging.cli;

import com.fieldwork.db.backup.BackupException;

import java.util.function.Supplier;

/** A backup's or restore's refusal as the launcher's exit code and advice. */
final class BackupFailures {

    private BackupFailures() {
    }

    /** @param notEmptyAdvice appended to a NOT_EMPTY refusal: what to do instead */
    static <T> T translate(String notEmptyAdvice, Supplier<T> work) {
        try {
            return work.get();
        } catch (BackupException e) {
            throw switch (e.reason()) {
                case NOT_EMPTY -> new CommandFailure(ExitCodes.REFUSED, e.getMessage() + notEmptyAdvice, e);
                case BAD_FILE -> new CommandFailure(ExitCodes.FILE, e.getMessage(), e);
                case DATABASE -> new CommandFailure(ExitCodes.DATABASE, e.getMessage(), e);
            };
        }
    }
}
