package com.fieldwork.console.schedule;

import com.fieldwork.console.customer.CustomerDirectory;
import com.fieldwork.console.technician.TechnicianDirectory;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.organisation.User;
import com.fieldwork.db.Database;
import com.fieldwork.db.DatabaseConfig;
import com.fieldwork.db.asset.JooqAssetRepository;
import com.fieldwork.db.catalog.JooqPartRepository;
import com.fieldwork.db.customer.JooqCustomerRepository;
import com.fieldwork.db.demo.DemoCompany;
import com.fieldwork.db.field.JooqLocationPings;
import com.fieldwork.db.fieldjob.JooqFieldJobs;
import com.fieldwork.db.inventory.JooqStockLedger;
import com.fieldwork.db.inventory.JooqStockLocationRepository;
import com.fieldwork.db.organisation.JooqBranchRepository;
import com.fieldwork.db.organisation.JooqUserRepository;
import com.fieldwork.db.schedule.JooqVisitRepository;
import com.fieldwork.db.security.BcryptPasswordHasher;
import com.fieldwork.db.technician.JooqSkillRepository;
import com.fieldwork.db.technician.JooqTechnicianRepository;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The db module's demo company in a private in-memory H2, wired to the schedule ports the way the launcher
 * will: for the demo mains and screenshots of the map and the calendar before the shell is merged.
 */
public final class DemoSchedule implements AutoCloseable {

    /** Tuesday 10 March 2026, 10:30 in Denver: technicians are out, phones report. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T16:30:00Z"), ZoneOffset.UTC);

    private final Database database;
    private final SchedulePorts ports;
    private final Actor dispatcher;
    private final CustomerDirectory customers;
    private final TechnicianDirectory technicians;

    private DemoSchedule(Database database) {
        this.database = database;
        DSLContext dsl = database.dsl();
        this.ports = new SchedulePorts(new JooqBranchRepository(dsl, CLOCK), new JooqTechnicianRepository(dsl, CLOCK),
                new JooqSkillRepository(dsl, CLOCK), new JooqVisitRepository(dsl, CLOCK),
                new JooqWorkOrderRepository(dsl, CLOCK), new JooqCustomerRepository(dsl, CLOCK),
                new JooqLocationPings(dsl, CLOCK), new JooqPartRepository(dsl, CLOCK),
                new JooqStockLocationRepository(dsl, CLOCK), new JooqStockLedger(dsl, CLOCK),
                new JooqFieldJobs(dsl, CLOCK));
        User user = new JooqUserRepository(dsl, CLOCK, new BcryptPasswordHasher()).findByUsername("dispatch")
                .orElseThrow();
        this.dispatcher = new Actor(user.id(), user.username(), user.displayName(), user.role());
        this.customers = CustomerDirectory.of(ports.customers(), new JooqAssetRepository(dsl, CLOCK));
        this.technicians = TechnicianDirectory.of(ports.branches(), ports.technicians());
    }

    public static DemoSchedule open() {
        Database db = Database.open(new DatabaseConfig("jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "", 4));
        DemoCompany.load(db.dsl(), CLOCK, line -> { });
        return new DemoSchedule(db);
    }

    public SchedulePorts ports() {
        return ports;
    }

    public ScheduleSource source() {
        return new PortScheduleSource(ports);
    }

    public CustomerDirectory customers() {
        return customers;
    }

    public TechnicianDirectory technicians() {
        return technicians;
    }

    /** Tina Alvarez, the demo dispatcher. */
    public Actor dispatcher() {
        return dispatcher;
    }

    @Override
    public void close() {
        database.close();
    }
}
