package com.fieldwork.packaging;

import com.fieldwork.api.FieldApiServer;
import com.fieldwork.console.ConsoleServices;
import com.fieldwork.console.map.MapSettings;
import com.fieldwork.db.Database;
import com.fieldwork.db.DatabaseConfig;
import com.fieldwork.db.config.FieldworkConfig;
import com.fieldwork.db.demo.DemoCredentials;
import com.fieldwork.db.demo.DemoUser;
import com.fieldwork.core.security.Role;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderEdit;
import com.fieldwork.core.workorder.WorkOrderQuery;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The launcher's start-up on a private in-memory H2 database: the field API on a free port, seeded with
 * the demo company by the same seeder, and the console's services wired on the same database, as
 * {@link FieldworkLauncher} does. Loaded once per test JVM (the demo takes seconds) and shared by tests
 * that tolerate each other's new work orders.
 */
record LaunchedDemo(FieldApiServer server, FieldworkConfig config, ConsoleServices services) {

    private static LaunchedDemo instance;

    static synchronized LaunchedDemo get() {
        if (instance == null) {
            try {
                Path dataDir = Files.createTempDirectory("fieldwork-console-test");
                FieldworkConfig config = new FieldworkConfig(dataDir,
                        new DatabaseConfig("jdbc:h2:mem:console-demo", "sa", "", 8), "127.0.0.1", 0, true);
                DesktopSession session = DesktopSession.start(config);
                instance = new LaunchedDemo(session.server(), config, session.services());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** A second connection pool on the same database: what another console or the API's handlers would use. */
    Database otherConnection() {
        return Database.open(config.database());
    }

    /** The demo user of that role, signed in through core as the console does. */
    Actor actor(Role role) {
        DemoUser user = user(role);
        return services.authentication().login(user.username(), user.password(), "test", Optional.empty()).actor();
    }

    /** A work order someone may still edit (pending), newest first, skipping {@code skip} of them. */
    WorkOrder pendingOrder(int skip) {
        return services.workOrders().search(WorkOrderQuery.firstPage(50).withStatuses(Set.of(WorkOrderStatus.PENDING)))
                .items().get(skip);
    }

    /**
     * A completed job of the demo with photos, a signature, parts and labor (the demo gives them to its latest
     * completions), found among the newest completed orders.
     */
    WorkOrder completedOrderWithPhotos() {
        var records = services.records();
        return services.workOrders().search(WorkOrderQuery.firstPage(WorkOrderQuery.MAX_LIMIT)
                        .withStatuses(Set.of(WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED))).items().stream()
                .filter(order -> !records.signatures().forWorkOrder(order.id()).isEmpty())
                .filter(order -> !records.reads().partsUsed(order.id()).isEmpty())
                .filter(order -> !records.labor().forWorkOrder(order.id()).isEmpty())
                .findFirst().orElseThrow(() -> new IllegalStateException("The demo has no completed job with photos"));
    }

    /** Changes the order's summary through a second connection pool, as another console would. */
    WorkOrder editElsewhere(long id, String summary) {
        try (Database other = otherConnection()) {
            ConsoleServices elsewhere = ConsoleWiring.services(other, config.dataDir().resolve("files"),
                    Clock.systemDefaultZone(), false, "", MapSettings.defaults());
            WorkOrder current = elsewhere.workOrders().find(id).orElseThrow();
            WorkOrderEdit edit = new WorkOrderEdit(current.priority(), summary, current.description(),
                    current.estimatedMinutes(), current.assetId(), current.customerWindow());
            return elsewhere.workOrderService().edit(id, current.version(), edit, actor(Role.OPERATIONS_MANAGER));
        }
    }

    /** The first demo technician, signed in as their phone would be. */
    Actor technicianActor() {
        DemoUser user = technician();
        return services.authentication().login(user.username(), user.password(), "test", Optional.empty()).actor();
    }

    static DemoUser user(Role role) {
        return DemoCredentials.roleUsers().stream().filter(u -> u.role() == role).findFirst().orElseThrow();
    }

    static DemoUser technician() {
        return DemoCredentials.technicians().get(0);
    }
}
