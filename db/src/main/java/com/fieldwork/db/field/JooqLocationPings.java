package com.fieldwork.db.field;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.field.ActingTechnician;
import com.fieldwork.core.field.LocationPing;
import com.fieldwork.core.field.LocationPingRule;
import com.fieldwork.core.field.LocationPings;
import com.fieldwork.core.field.TechnicianPosition;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.support.IntegrityViolations;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep8;
import org.jooq.Record;
import org.jooq.Table;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

import static com.fieldwork.db.jooq.Tables.LOCATION_PING;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;

/**
 * Positions in SQL, a batch per transaction. Pings are not audited one by one (thousands a day per
 * technician, and nobody is accountable for a position); each batch adds one change feed row naming the
 * technician, which is all the map needs to refresh.
 */
public final class JooqLocationPings implements LocationPings {

    static final String ENTITY = "location_ping";
    /** 8 parameters a row; PostgreSQL allows 32767 parameters in one statement. */
    private static final int ROWS_PER_INSERT = 1000;

    private final DSLContext dsl;
    private final Clock clock;

    public JooqLocationPings(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int record(List<LocationPing> pings, Actor actor) {
        long technicianId = ActingTechnician.idOf(actor);
        LocationPingRule.check(pings, clock);
        Map<Instant, LocationPing> byTime = distinctByTime(pings);
        return IntegrityViolations.translate("Location ping", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Set<Instant> stored = new HashSet<>(tx.select(LOCATION_PING.RECORDED_AT).from(LOCATION_PING)
                    .where(LOCATION_PING.TECHNICIAN_ID.eq(technicianId))
                    .and(LOCATION_PING.RECORDED_AT.in(byTime.keySet()))
                    .fetch(LOCATION_PING.RECORDED_AT));
            List<LocationPing> fresh = byTime.values().stream()
                    .filter(p -> !stored.contains(p.recordedAt().truncatedTo(ChronoUnit.MICROS))).toList();
            Instant now = clock.instant();
            for (int from = 0; from < fresh.size(); from += ROWS_PER_INSERT) {
                insert(tx, technicianId, fresh.subList(from, Math.min(fresh.size(), from + ROWS_PER_INSERT)), now);
            }
            if (!fresh.isEmpty()) {
                AuditTrail.feedOnly(tx, actor, now, ENTITY, technicianId, ChangeOperation.INSERT);
            }
            return fresh.size();
        }));
    }

    /** Both databases keep microseconds; a resent batch must compare equal to what was stored. */
    private static Map<Instant, LocationPing> distinctByTime(List<LocationPing> pings) {
        Map<Instant, LocationPing> byTime = new LinkedHashMap<>();
        for (LocationPing ping : pings) {
            byTime.putIfAbsent(ping.recordedAt().truncatedTo(ChronoUnit.MICROS), ping);
        }
        return byTime;
    }

    private static void insert(DSLContext tx, long technicianId, List<LocationPing> pings, Instant receivedAt) {
        InsertValuesStep8<com.fieldwork.db.jooq.tables.records.LocationPingRecord, Long, Instant, Instant, Double,
                Double, Float, Float, Float> insert = tx.insertInto(LOCATION_PING, LOCATION_PING.TECHNICIAN_ID,
                LOCATION_PING.RECORDED_AT, LOCATION_PING.RECEIVED_AT, LOCATION_PING.LAT, LOCATION_PING.LON,
                LOCATION_PING.ACCURACY_M, LOCATION_PING.SPEED_MPS, LOCATION_PING.HEADING_DEG);
        for (LocationPing p : pings) {
            insert = insert.values(technicianId, p.recordedAt().truncatedTo(ChronoUnit.MICROS), receivedAt, p.lat(),
                    p.lon(), toFloat(p.accuracyM()), toFloat(p.speedMps()), toFloat(p.headingDeg()));
        }
        insert.execute();
    }

    @Override
    public List<TechnicianPosition> latestPerTechnician(Instant since) {
        Objects.requireNonNull(since, "since");
        Table<?> latest = dsl.select(LOCATION_PING.TECHNICIAN_ID, max(LOCATION_PING.RECORDED_AT).as("latest"))
                .from(LOCATION_PING).where(LOCATION_PING.RECORDED_AT.ge(since))
                .groupBy(LOCATION_PING.TECHNICIAN_ID).asTable("latest_ping");
        Field<Long> latestTechnician = latest.field(LOCATION_PING.TECHNICIAN_ID.getName(), Long.class);
        Field<Instant> latestAt = latest.field(name("latest"), Instant.class);
        return dsl.select(LOCATION_PING.fields()).from(LOCATION_PING)
                .join(latest).on(LOCATION_PING.TECHNICIAN_ID.eq(latestTechnician)).and(LOCATION_PING.RECORDED_AT.eq(latestAt))
                .orderBy(LOCATION_PING.TECHNICIAN_ID)
                .fetch(JooqLocationPings::toPosition);
    }

    private static TechnicianPosition toPosition(Record r) {
        Float accuracy = r.get(LOCATION_PING.ACCURACY_M);
        return new TechnicianPosition(r.get(LOCATION_PING.TECHNICIAN_ID), r.get(LOCATION_PING.RECORDED_AT),
                new GeoPoint(r.get(LOCATION_PING.LAT), r.get(LOCATION_PING.LON)),
                accuracy == null ? OptionalDouble.empty() : OptionalDouble.of(accuracy));
    }

    private static Float toFloat(OptionalDouble value) {
        return value.isPresent() ? (float) value.getAsDouble() : null;
    }
}
