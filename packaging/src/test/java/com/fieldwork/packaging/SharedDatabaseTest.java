package com.fieldwork.packaging;

import com.fieldwork.console.ConsoleServices;
import com.fieldwork.console.live.ChangeFeedPoller;
import com.fieldwork.console.live.LiveState;
import com.fieldwork.console.live.PollScheduler;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.organisation.BranchDetails;
import com.fieldwork.db.DatabaseConfig;
import com.fieldwork.db.config.FieldworkConfig;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two desktops configured for one shared database, on H2 and on PostgreSQL, as an office would run them:
 * what one writes reaches the other's live poller (real scheduling, real change feed) within 2 seconds.
 * Mode 2 of the README is the H2 case over TCP: the office box runs an H2 server, both workstations' consoles
 * (each with its own pool, repositories and embedded API) connect to it by URL.
 */
class SharedDatabaseTest {

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void aWriteOnOneDesktopReachesTheOthersPollerWithinTwoSeconds(TestEngine engine) throws Exception {
        seeEachOther(TestDatabases.config(engine), engine == TestEngine.H2 ? "H2 (shared)" : "PostgreSQL");
    }

    @Test
    void twoWorkstationsOnTheOfficeBoxsH2ServerSeeEachOthersWrites() throws Exception {
        Path serverDir = Files.createTempDirectory("fieldwork-office-box");
        Server office = Server.createTcpServer("-tcpPort", "0", "-baseDir", serverDir.toString(), "-ifNotExists").start();
        try {
            seeEachOther(new DatabaseConfig("jdbc:h2:tcp://localhost:" + office.getPort() + "/fieldwork", "fieldwork",
                    "office-secret", 4), "H2 (shared)");
        } finally {
            office.stop();
        }
    }

    private static void seeEachOther(DatabaseConfig database, String engineLabel) throws Exception {
        Path dataDir = Files.createTempDirectory("fieldwork-shared");
        FieldworkConfig config = new FieldworkConfig(dataDir, database, "127.0.0.1", 0, false);
        DesktopSession writer = DesktopSession.start(config);
        DesktopSession reader = DesktopSession.start(config);
        List<Change> seen = new CopyOnWriteArrayList<>();
        try (ChangeFeedPoller poller = new ChangeFeedPoller(reader.services().changeFeed(),
                PollScheduler.daemonThread(), Runnable::run, ChangeFeedPoller.DEFAULT_PERIOD)) {
            poller.subscribe("branch", seen::addAll);
            poller.start();
            waitUntil(5_000, () -> poller.stateProperty().get() == LiveState.LIVE);

            long written = System.nanoTime();
            ConsoleServices services = writer.services();
            long id = services.branches().create(new BranchDetails("SHARED", "Shared test branch", ZoneId.of("UTC"),
                    new Address("1 Main St", "Denver", "80202", "US"), new GeoPoint(39.74, -104.99)),
                    Actor.system()).id();

            waitUntil(2_000, () -> seen.stream().anyMatch(change -> change.entityId().equals(String.valueOf(id))));
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written)).isLessThan(2_000);
            assertThat(reader.services().environment().databaseEngine()).isEqualTo(engineLabel);
            // and back: the reader's write reaches the writer's repositories
            long other = reader.services().branches().create(new BranchDetails("BACK", "Written by the other",
                    ZoneId.of("UTC"), new Address("2 Main St", "Denver", "80202", "US"), new GeoPoint(39.74, -104.99)),
                    Actor.system()).id();
            assertThat(services.branches().list()).anyMatch(branch -> branch.id() == other);
        } finally {
            writer.close();
            reader.close();
        }
    }

    private static void waitUntil(long millis, BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited %d ms", millis).isLessThan(until);
            Thread.sleep(20);
        }
    }
}
