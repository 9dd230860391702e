package com.fieldwork.packaging.cli;

import com.fieldwork.api.DemoCompanySeeder;
import com.fieldwork.api.FieldApiServer;
import com.fieldwork.db.Database;
import com.fieldwork.db.config.FieldworkConfig;
import com.fieldwork.db.demo.DemoCompany;
import picocli.CommandLine.Command;

import static com.fieldwork.db.jooq.Tables.COMPANY;

/**
 * Loads the demo company on request, e.g. into a new PostgreSQL database. There is no {@code --force}: the demo
 * is a whole company with its own users and numbers, and loaded next to a real one it would mix two companies in
 * one database; a new data folder or database is the way to try it.
 */
@Command(name = "load-demo", mixinStandardHelpOptions = true,
        description = {"Loads the demo company (Front Range Field Services) into the configured database, "
                + "which must have no company yet.",
                "Refused (exit code 5) when the database already has a company: use a new data folder "
                        + "(FIELDWORK_DATA_DIR) or database instead."})
final class LoadDemoCommand extends MaintenanceCommand {

    LoadDemoCommand(LaunchEnvironment environment) {
        super(environment);
    }

    @Override
    void run(FieldworkConfig config) {
        try (Database database = FieldApiServer.openDatabase(config)) {
            if (DemoCompany.isLoaded(database.dsl())) {
                String company = database.dsl().select(COMPANY.NAME).from(COMPANY).limit(1).fetchSingle().value1();
                throw new CommandFailure(ExitCodes.REFUSED, "the database " + config.database().displayUrl()
                        + " already has a company (" + company + "); the demo is loaded only into an empty database: "
                        + "use a new data folder (FIELDWORK_DATA_DIR) or database");
            }
            DemoCompanySeeder.waitingForReports(config).seedIfEmpty(database);
            out().println("Loaded the demo company into " + config.database().displayUrl()
                    + "; sign in as dispatch / dispatch-demo (README.md lists every demo user)");
        }
    }
}
