package com.fieldwork.packaging.cli;

import com.fieldwork.db.Engine;
import com.fieldwork.db.backup.BackupSummary;
import com.fieldwork.db.backup.H2Backup;
import com.fieldwork.db.config.FieldworkConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** An online backup of the embedded (or H2 server) database and the stored files into one file. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes the H2 database and every stored file (photos, signatures, PDFs) into FILE, a ZIP.",
                "Runs while the console and the server are working; the database is saved as of one moment.",
                "For PostgreSQL it prints how to use pg_dump instead (exit code 5)."})
final class BackupCommand extends MaintenanceCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "the backup to write; must not exist yet")
    Path file;

    BackupCommand(LaunchEnvironment environment) {
        super(environment);
    }

    @Override
    void run(FieldworkConfig config) {
        if (config.database().engine() == Engine.POSTGRESQL) {
            throw new CommandFailure(ExitCodes.REFUSED, "PostgreSQL is backed up with its own tool: pg_dump "
                    + "--format=custom --file=" + file + " <database>, and the data folder's files/ copied next to "
                    + "it (README.md, Backup and restore)");
        }
        BackupSummary summary = BackupFailures.translate("", () -> H2Backup.write(config.database(),
                config.dataDir().resolve("files"), file.toAbsolutePath(), Clock.systemUTC()));
        out().println("Backed up " + config.database().displayUrl() + " (schema version " + summary.schemaVersion() + ", "
                + summary.files() + " stored files) to " + file.toAbsolutePath() + " ("
                + String.format(Locale.ROOT, "%.1f MB", summary.archiveBytes() / 1_000_000.0) + ")");
    }
}
