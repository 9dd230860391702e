package com.fieldwork.db.backup;

/** What a backup holds (or a restore put back): the schema version, how many stored files, the archive's size. */
public record BackupSummary(String schemaVersion, int files, long archiveBytes) {
}
