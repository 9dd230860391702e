package com.fieldwork.packaging.cli;

import com.fieldwork.api.FieldApiServer;
import com.fieldwork.db.Database;
import com.fieldwork.db.config.FieldworkConfig;
import picocli.CommandLine.Command;

/** Brings the database's schema up to date without starting anything, e.g. before a maintenance window ends. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Brings the configured database up to the newest schema (Flyway) and ends.",
                "The console and the server do the same on start; this lets an upgrade be checked on its own."})
final class MigrateCommand extends MaintenanceCommand {

    MigrateCommand(LaunchEnvironment environment) {
        super(environment);
    }

    @Override
    void run(FieldworkConfig config) {
        try (Database database = FieldApiServer.openDatabase(config)) {
            out().println("Database " + config.database().displayUrl() + " is at schema version "
                    + database.schemaVersion().orElse("none") + "; nothing is pending");
        }
    }
}
