package com.fieldwork.db.demo;

import com.fieldwork.db.jooq.tables.records.ChecklistAnswerRecord;
import com.fieldwork.db.jooq.tables.records.CompletionRecordRecord;
import com.fieldwork.db.jooq.tables.records.LaborEntryRecord;
import com.fieldwork.db.jooq.tables.records.StockReservationRecord;
import com.fieldwork.db.jooq.tables.records.VisitRecord;
import com.fieldwork.db.jooq.tables.records.WorkOrderNoteRecord;
import com.fieldwork.db.jooq.tables.records.WorkOrderPartRecord;
import com.fieldwork.db.jooq.tables.records.WorkOrderRecord;
import com.fieldwork.db.jooq.tables.records.WorkOrderSkillRecord;
import com.fieldwork.db.jooq.tables.records.WorkOrderStatusHistoryRecord;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rows of a batch of work orders, written table by table in foreign-key order. */
final class WorkOrderRows {

    /** Parts used on a finished job, booked against the van later, in time order, by {@link DemoStock}. */
    record Consumption(long workOrderId, long vanId, long branchId, long partId, BigDecimal quantity, Instant at,
                       long actorId) {
    }

    final List<WorkOrderRecord> workOrders = new ArrayList<>();
    final List<WorkOrderSkillRecord> skills = new ArrayList<>();
    final List<WorkOrderPartRecord> parts = new ArrayList<>();
    final List<VisitRecord> visits = new ArrayList<>();
    final List<WorkOrderStatusHistoryRecord> history = new ArrayList<>();
    final List<WorkOrderNoteRecord> notes = new ArrayList<>();
    final List<LaborEntryRecord> labor = new ArrayList<>();
    final List<CompletionRecordRecord> completions = new ArrayList<>();
    final List<ChecklistAnswerRecord> answers = new ArrayList<>();
    final List<StockReservationRecord> reservations = new ArrayList<>();
    final List<Consumption> consumptions = new ArrayList<>();

    /** Everything except stock movements, which the ledger writes once it has checked the balances. */
    void insert(DSLContext tx) {
        BulkInsert.insert(tx, workOrders);
        BulkInsert.insert(tx, skills);
        BulkInsert.insert(tx, parts);
        BulkInsert.insert(tx, visits);
        BulkInsert.insert(tx, history);
        BulkInsert.insert(tx, notes);
        BulkInsert.insert(tx, labor);
        BulkInsert.insert(tx, completions);
        BulkInsert.insert(tx, answers);
        BulkInsert.insert(tx, reservations);
    }

    void clear() {
        workOrders.clear();
        skills.clear();
        parts.clear();
        visits.clear();
        history.clear();
        notes.clear();
        labor.clear();
        completions.clear();
        answers.clear();
        reservations.clear();
        consumptions.clear();
    }
}
