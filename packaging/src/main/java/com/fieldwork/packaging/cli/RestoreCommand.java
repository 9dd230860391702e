package com.fieldwork.packaging.cli;

import com.fieldwork.api.FieldApiServer;
import com.fieldwork.db.Database;
import com.fieldwork.db.Engine;
import com.fieldwork.db.backup.BackupSummary;
import com.fieldwork.db.backup.H2Restore;
import com.fieldwork.db.config.FieldworkConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * Puts a backup back into an empty H2 database, then opens it as the server would: Flyway validates the restored
 * history and brings a backup of an older version up to date.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores a backup made by 'fieldwork backup' into the configured H2 database, "
                + "which must be empty (a new data folder), and its stored files into the data folder.",
                "Stop the console and the server first. For PostgreSQL it prints how to use pg_restore (exit code 5)."})
final class RestoreCommand extends MaintenanceCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "a backup made by 'fieldwork backup'")
    Path file;

    @Option(names = "--force", description = "replace everything in a database that is not empty")
    boolean force;

    RestoreCommand(LaunchEnvironment environment) {
        super(environment);
    }

    @Override
    void run(FieldworkConfig config) {
        if (config.database().engine() == Engine.POSTGRESQL) {
            throw new CommandFailure(ExitCodes.REFUSED, "PostgreSQL is restored with its own tool: pg_restore "
                    + "--no-owner --dbname=<empty database> " + file + ", and the backed-up files/ copied into the "
                    + "data folder (README.md, Backup and restore)");
        }
        BackupSummary summary = BackupFailures.translate(
                "; use a new data folder (FIELDWORK_DATA_DIR), or --force to replace everything in it", () -> H2Restore.restore(file.toAbsolutePath(),
                config.database(), config.dataDir().resolve("files"), force));
        try (Database database = FieldApiServer.openDatabase(config)) {
            out().println("Restored " + file.toAbsolutePath() + " (schema version " + summary.schemaVersion() + ", "
                    + summary.files() + " stored files) into " + config.database().displayUrl() + ", now at schema version "
                    + database.schemaVersion().orElse("none"));
        }
    }
}
