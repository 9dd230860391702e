package com.fieldwork.packaging;

import com.fieldwork.api.FieldApiContext;
import com.fieldwork.console.ConsoleServices;
import com.fieldwork.db.Database;
import com.fieldwork.db.Engine;
import com.fieldwork.db.asset.JooqAssetRepository;
import com.fieldwork.db.audit.JooqAuditLog;
import com.fieldwork.db.audit.JooqChangeFeed;
import com.fieldwork.db.catalog.JooqPartRepository;
import com.fieldwork.db.catalog.JooqServiceTypeRepository;
import com.fieldwork.db.catalog.JooqTemplateRepository;
import com.fieldwork.db.customer.JooqCustomerRepository;
import com.fieldwork.db.organisation.JooqBranchRepository;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.db.technician.JooqSkillRepository;
import com.fieldwork.db.technician.JooqTechnicianRepository;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Builds the console's core services on an open database. Sign-in and the work-order use cases come
 * from the field API's {@link FieldApiContext}, so a console and a phone are checked by the very same
 * password check, throttle, rules and audit trail.
 */
public final class ConsoleWiring {

    private ConsoleWiring() {
    }

    /**
     * @param embedded true for the H2 file database in the data folder (only this process uses it)
     * @param apiUrl   the field API this process serves, or "" when it serves none
     */
    public static ConsoleServices services(Database database, Path filesFolder, Clock clock, boolean embedded,
                                           String apiUrl) {
        var api = new FieldApiContext(database, clock, "console", filesFolder);
        var dsl = database.dsl();
        return new ConsoleServices(api.authentication(), api.workOrderService(),
                new JooqWorkOrderRepository(dsl, clock), new JooqVisitRepository(dsl, clock),
                new JooqCustomerRepository(dsl, clock), new JooqAssetRepository(dsl, clock),
                new JooqTemplateRepository(dsl, clock), new JooqServiceTypeRepository(dsl, clock),
                new JooqBranchRepository(dsl, clock), new JooqTechnicianRepository(dsl, clock),
                new JooqSkillRepository(dsl, clock), new JooqPartRepository(dsl, clock), new JooqAuditLog(dsl),
                new JooqChangeFeed(dsl), clock, api.companyZone(),
                new ConsoleServices.Environment(engineText(database.engine(), embedded), apiUrl));
    }

    static String engineText(Engine engine, boolean embedded) {
        return switch (engine) {
            case H2 -> embedded ? "H2 (embedded)" : "H2 (shared)";
            case POSTGRESQL -> "PostgreSQL";
        };
    }
}
