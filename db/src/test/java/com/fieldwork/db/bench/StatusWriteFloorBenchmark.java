package com.fieldwork.db.bench;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.db.Database;
import com.fieldwork.db.DatabaseConfig;
import com.fieldwork.db.demo.DemoCompany;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * How much of an audited status change is the database's own work: the repository's status change (read the
 * order, write the move, its history row, the audit row with before/after JSON and the change-feed row, commit)
 * next to the same statements prepared once and run by hand over JDBC, on the same embedded H2 file database
 * with the demo company, one thread, CPU time per change. The field API's load benchmark says what a whole HTTP
 * request costs; this says which part of that no code of ours can remove.
 */
public final class StatusWriteFloorBenchmark {

    private static final int ROUNDS = 6;
    private static final int CHANGES = 3_000;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("fieldwork-floor");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (Database db = Database.open(new DatabaseConfig("jdbc:h2:file:" + dir.resolve("fieldwork") + ";AUTO_SERVER=TRUE",
                "sa", "", 4))) {
            DemoCompany.loadIfEmpty(db.dsl(), Clock.systemUTC(), line -> { });
            List<Long> ids = workOrderIds(db);
            JooqWorkOrderRepository repository = new JooqWorkOrderRepository(db.dsl(), Clock.systemUTC());
            Actor actor = new Actor(1, "admin", "Admin", Role.SUPER_ADMIN, OptionalLong.empty());
            System.out.printf(Locale.ROOT, "Audited status change on embedded H2, demo company, one thread, %,d changes a round%n",
                    CHANGES);
            double repositoryMs = 0;
            double jdbcMs = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                long start = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < CHANGES; i++) {
                    WorkOrder order = repository.find(ids.get(i % ids.size())).orElseThrow();
                    // the same status again: the repository writes whatever the service checked
                    repository.changeStatus(order, order.version(), StatusChange.to(order.status()), actor);
                }
                repositoryMs = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / CHANGES;
                start = cpu.getCurrentThreadCpuTime();
                handWritten(db, ids);
                jdbcMs = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / CHANGES;
                System.out.printf(Locale.ROOT, "round %d: repository %.3f ms CPU, hand-written JDBC %.3f ms CPU (%.1f×)%n",
                        round, repositoryMs, jdbcMs, repositoryMs / jdbcMs);
            }
            System.out.printf(Locale.ROOT, "%n| per audited status change (last round) | CPU ms |%n|---|---:|%n"
                    + "| repository (jOOQ, as the API runs it) | %.3f |%n| same statements prepared once, JDBC (baseline) | %.3f |%n"
                    + "| ratio | %.1f× |%n", repositoryMs, jdbcMs, repositoryMs / jdbcMs);
        }
    }

    /** Demo orders whose status names fit the audit action either way (a status to itself is a bench artefact). */
    private static List<Long> workOrderIds(Database db) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     // closed orders refuse every move but the reopen, and a completion drafts an invoice: neither is the
                     // plain audited write measured here
                     "select id from work_order where status not in ('WAITING_FOR_PARTS', 'COMPLETED', 'CLOSED')"
                             + " order by id limit 200")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void handWritten(Database db, List<Long> ids) throws SQLException {
        String json = "{\"id\":1,\"number\":\"WO-2026-000001\",\"summary\":\"" + "x".repeat(900) + "\"}";
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement user = c.prepareStatement("select * from app_user where id = ?");
             PreparedStatement read = c.prepareStatement("select * from work_order where id = ?");
             PreparedStatement update = c.prepareStatement(
                     "update work_order set status = ?, version = version + 1, updated_at = ? where id = ?");
             PreparedStatement history = c.prepareStatement("insert into work_order_status_history "
                     + "(work_order_id, from_status, to_status, changed_by, changed_at) values (?, ?, ?, 1, ?)");
             PreparedStatement audit = c.prepareStatement("insert into audit_log (at, actor_id, actor_name, entity, "
                     + "entity_id, action, before_json, after_json) values (?, 1, 'Admin', 'work_order', ?, 'status', ?, ?)");
             PreparedStatement feed = c.prepareStatement(
                     "insert into change_feed (entity, entity_id, op, actor_id, at) values ('work_order', ?, 'UPDATE', 1, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < CHANGES; i++) {
                long id = ids.get(i % ids.size());
                Timestamp now = Timestamp.from(Instant.now());
                user.setLong(1, 1);
                try (ResultSet rs = user.executeQuery()) {
                    rs.next();
                }
                read.setLong(1, id);
                String status;
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    status = rs.getString("status");
                }
                update.setString(1, status);
                update.setTimestamp(2, now);
                update.setLong(3, id);
                update.executeUpdate();
                history.setLong(1, id);
                history.setString(2, status);
                history.setString(3, status);
                history.setTimestamp(4, now);
                history.executeUpdate();
                audit.setTimestamp(1, now);
                audit.setString(2, Long.toString(id));
                audit.setString(3, json);
                audit.setString(4, json);
                audit.executeUpdate();
                feed.setString(1, Long.toString(id));
                feed.setTimestamp(2, now);
                feed.executeUpdate();
                c.commit();
            }
        }
    }
}
