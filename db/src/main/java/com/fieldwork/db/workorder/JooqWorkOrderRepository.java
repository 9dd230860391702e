package com.fieldwork.db.workorder;

import com.fieldwork.db.support.CompanyZone;

import com.fieldwork.core.workorder.ClosedWorkOrders;
import com.fieldwork.db.support.OpenWorkOrders;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.sla.SlaDue;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderEdit;
import com.fieldwork.core.workorder.WorkOrderNumber;
import com.fieldwork.core.workorder.WorkOrderPage;
import com.fieldwork.core.workorder.WorkOrderQuery;
import com.fieldwork.core.workorder.WorkOrderRepository;
import com.fieldwork.core.workorder.WorkOrderSource;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.core.workorder.StatusHistoryEntry;
import com.fieldwork.core.workorder.WorkOrderNote;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.billing.CompletionInvoicing;
import com.fieldwork.db.jooq.tables.records.WorkOrderRecord;
import com.fieldwork.db.support.IntegrityViolations;
import com.fieldwork.db.support.NumberSequences;
import com.fieldwork.db.support.OptimisticLock;
import com.fieldwork.db.support.RenderedStatement;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.support.RenderedStatement.param;
import static com.fieldwork.db.jooq.Tables.ASSET;
import static com.fieldwork.db.jooq.Tables.SITE;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_PART;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_SKILL;
import static com.fieldwork.db.support.Optionals.orNull;

/** Work orders in SQL: one transaction per use case, history, audit log and change feed inside it. */
public final class JooqWorkOrderRepository implements WorkOrderRepository {

    static final String ENTITY = "work_order";

    private final DSLContext dsl;
    private final Clock clock;
    private final WorkOrderReads reads;

    public JooqWorkOrderRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reads = new WorkOrderReads(dsl);
    }

    @Override
    public WorkOrder create(NewWorkOrder order, Optional<SlaDue> slaDue, Actor actor) {
        return IntegrityViolations.translate("Work order", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            requireSiteOfCustomer(tx, order.siteId(), order.customerId());
            if (order.assetId().isPresent()) {
                requireAssetAtSite(tx, order.assetId().getAsLong(), order.siteId());
            }
            int year = now.atZone(companyZone(tx)).getYear();
            WorkOrderNumber number = new WorkOrderNumber(year, NumberSequences.next(tx, WorkOrderNumber.sequenceScope(year)));
            WorkOrderRecord row = tx.newRecord(WORK_ORDER);
            row.setNumber(number.toString());
            row.setCustomerId(order.customerId());
            row.setSiteId(order.siteId());
            row.setAssetId(orNull(order.assetId()));
            row.setServiceTypeId(order.serviceTypeId());
            row.setTemplateId(orNull(order.templateId()));
            row.setBranchId(order.branchId());
            row.setPriority(order.priority().name());
            row.setUrgency(Urgency.of(order.priority()));
            row.setStatus(WorkOrderStatus.PENDING.name());
            row.setSummary(order.summary());
            row.setDescription(orNull(order.description()));
            row.setEstimatedMinutes(order.estimatedMinutes());
            row.setSource(order.source().name());
            row.setExternalRef(orNull(order.externalRef()));
            slaDue.ifPresent(due -> row.setResponseDueAt(due.responseDue()).setResolutionDueAt(due.resolutionDue()));
            order.customerWindow().ifPresent(w -> row.setWindowStart(w.start()).setWindowEnd(w.end()));
            row.setVersion(0L);
            row.setCreatedBy(actor.userId()).setCreatedAt(now).setUpdatedBy(actor.userId()).setUpdatedAt(now);
            row.store();
            long id = row.getId();
            for (var skill : order.requiredSkills()) {
                tx.insertInto(WORK_ORDER_SKILL).set(WORK_ORDER_SKILL.WORK_ORDER_ID, id)
                        .set(WORK_ORDER_SKILL.SKILL_ID, skill.skillId())
                        .set(WORK_ORDER_SKILL.MIN_LEVEL, (short) skill.minLevel()).execute();
            }
            for (var part : order.requiredParts()) {
                tx.insertInto(WORK_ORDER_PART).set(WORK_ORDER_PART.WORK_ORDER_ID, id)
                        .set(WORK_ORDER_PART.PART_ID, part.partId())
                        .set(WORK_ORDER_PART.QUANTITY, part.quantity()).execute();
            }
            StatusHistory.append(tx, id, null, StatusChange.to(WorkOrderStatus.PENDING), actor, now);
            AuditTrail.record(tx, actor, now, ENTITY, id, ChangeOperation.INSERT, "create", null, row, null);
            return new WorkOrderReads(tx).find(id).orElseThrow();
        }));
    }

    @Override
    public Optional<WorkOrder> find(long id) {
        return reads.find(id);
    }

    @Override
    public Optional<WorkOrder> findByNumber(WorkOrderNumber number) {
        return reads.findOne(WORK_ORDER.NUMBER.eq(number.toString()));
    }

    @Override
    public Optional<WorkOrder> findByExternalRef(WorkOrderSource source, String externalRef) {
        return reads.findOne(WORK_ORDER.SOURCE.eq(source.name()).and(WORK_ORDER.EXTERNAL_REF.eq(externalRef)));
    }

    // every status change from a phone runs these: rendered once rather than built and rendered per change
    private static final RenderedStatement MOVE = RenderedStatement.update(WORK_ORDER,
            List.of(WORK_ORDER.STATUS, WORK_ORDER.RESPONDED_AT, WORK_ORDER.COMPLETED_AT, WORK_ORDER.CLOSED_AT,
                    WORK_ORDER.VERSION, WORK_ORDER.UPDATED_BY, WORK_ORDER.UPDATED_AT),
            List.of(WORK_ORDER.ID, WORK_ORDER.VERSION));
    /** The row as the move left it, for the audit log's "after". */
    private static final RenderedStatement ROW = RenderedStatement.of(dsl -> dsl.selectFrom(WORK_ORDER)
            .where(WORK_ORDER.ID.eq(param(WORK_ORDER.ID))));

    @Override
    public WorkOrder changeStatus(WorkOrder current, long expectedVersion, StatusChange change, Actor actor) {
        long id = current.id();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            if (current.version() != expectedVersion) {
                throw stale(tx, id, expectedVersion);
            }
            // the optimistic lock below makes current.status() the stored one, so the rule sees the truth
            ClosedWorkOrders.checkStatusChange(current.number(), current.status(), change);
            WorkOrder moved = current.moved(change, new WorkOrder.Stamp(actor.userId(), actor.displayName(), now));
            int updated = MOVE.execute(tx, moved.status().name(), moved.respondedAt().orElse(null),
                    moved.completedAt().orElse(null), moved.closedAt().orElse(null), moved.version(), actor.userId(), now,
                    id, expectedVersion);
            if (updated == 0) {
                throw stale(tx, id, expectedVersion);
            }
            WorkOrderRecord after = ROW.fetch(tx, WORK_ORDER.fields(), id).get(0).into(WORK_ORDER);
            StatusHistory.append(tx, id, current.status(), change, actor, WorkOrder.occurredAt(change, moved.updated()));
            AuditTrail.record(tx, actor, now, ENTITY, id, ChangeOperation.UPDATE,
                    "status " + current.status() + " -> " + moved.status(), rowBefore(after, current), after,
                    change.reason().orElse(null));
            if (moved.status() == WorkOrderStatus.COMPLETED) {
                // phone, console or sync replay: every completion passes here, so every one drafts its invoice
                CompletionInvoicing.draftFor(tx, id, moved.completedAt().orElse(now), actor, now);
            }
            return moved;
        });
    }

    /** The row as it was: the columns a status change leaves alone are the same before and after. */
    private static WorkOrderRecord rowBefore(WorkOrderRecord after, WorkOrder current) {
        WorkOrderRecord before = after.into(WORK_ORDER);
        before.setStatus(current.status().name());
        before.setRespondedAt(current.respondedAt().orElse(null));
        before.setCompletedAt(current.completedAt().orElse(null));
        before.setClosedAt(current.closedAt().orElse(null));
        before.setVersion(current.version());
        before.setUpdatedBy(current.updated().userId());
        before.setUpdatedAt(current.updated().at());
        return before;
    }

    @Override
    public WorkOrder edit(long id, long expectedVersion, WorkOrderEdit edit, Actor actor) {
        return IntegrityViolations.translate("Work order", () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Instant now = clock.instant();
            WorkOrderRecord before = tx.selectFrom(WORK_ORDER).where(WORK_ORDER.ID.eq(id)).fetchOne();
            if (before == null) {
                throw new NotFoundException("work order", id);
            }
            ClosedWorkOrders.requireOpen(WorkOrderNumber.parse(before.getNumber()), WorkOrderStatus.valueOf(before.getStatus()),
                    "editing it");
            if (edit.assetId().isPresent()) {
                requireAssetAtSite(tx, edit.assetId().getAsLong(), before.getSiteId());
            }
            int updated = tx.update(WORK_ORDER)
                    .set(WORK_ORDER.PRIORITY, edit.priority().name())
                    .set(WORK_ORDER.URGENCY, Urgency.of(edit.priority()))
                    .set(WORK_ORDER.SUMMARY, edit.summary())
                    .set(WORK_ORDER.DESCRIPTION, orNull(edit.description()))
                    .set(WORK_ORDER.ESTIMATED_MINUTES, edit.estimatedMinutes())
                    .set(WORK_ORDER.ASSET_ID, orNull(edit.assetId()))
                    .set(WORK_ORDER.WINDOW_START, edit.customerWindow().map(w -> w.start()).orElse(null))
                    .set(WORK_ORDER.WINDOW_END, edit.customerWindow().map(w -> w.end()).orElse(null))
                    .set(WORK_ORDER.VERSION, WORK_ORDER.VERSION.plus(1))
                    .set(WORK_ORDER.UPDATED_BY, actor.userId())
                    .set(WORK_ORDER.UPDATED_AT, now)
                    .where(WORK_ORDER.ID.eq(id).and(WORK_ORDER.VERSION.eq(expectedVersion)))
                    .execute();
            if (updated == 0) {
                throw stale(tx, id, expectedVersion);
            }
            WorkOrderRecord after = tx.selectFrom(WORK_ORDER).where(WORK_ORDER.ID.eq(id)).fetchSingle();
            AuditTrail.record(tx, actor, now, ENTITY, id, ChangeOperation.UPDATE, "edit", before, after, null);
            return new WorkOrderReads(tx).find(id).orElseThrow();
        }));
    }

    @Override
    public WorkOrderNote addNote(long workOrderId, String body, boolean internal, Actor actor) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            OpenWorkOrders.lock(tx, workOrderId, "adding a note");
            return Notes.add(tx, workOrderId, body, internal, actor, clock.instant());
        });
    }

    @Override
    public List<WorkOrderNote> notes(long workOrderId) {
        return Notes.of(dsl, workOrderId);
    }

    @Override
    public List<StatusHistoryEntry> history(long workOrderId) {
        return StatusHistory.of(dsl, workOrderId);
    }

    @Override
    public WorkOrderPage search(WorkOrderQuery query) {
        return reads.search(query);
    }

    private static RuntimeException stale(DSLContext tx, long id, long expectedVersion) {
        return OptimisticLock.staleOrMissing(tx, "Work order", WORK_ORDER, WORK_ORDER.ID, WORK_ORDER.VERSION,
                WORK_ORDER.UPDATED_AT, WORK_ORDER.UPDATED_BY, id, expectedVersion);
    }

    private static void requireSiteOfCustomer(DSLContext tx, long siteId, long customerId) {
        Long owner = tx.select(SITE.CUSTOMER_ID).from(SITE).where(SITE.ID.eq(siteId)).fetchOne(SITE.CUSTOMER_ID);
        if (owner == null) {
            throw new NotFoundException("site", siteId);
        }
        if (owner != customerId) {
            throw new ValidationException("siteId", "Site " + siteId + " belongs to another customer, not " + customerId);
        }
    }

    private static void requireAssetAtSite(DSLContext tx, long assetId, long siteId) {
        Long site = tx.select(ASSET.SITE_ID).from(ASSET).where(ASSET.ID.eq(assetId)).fetchOne(ASSET.SITE_ID);
        if (site == null) {
            throw new NotFoundException("asset", assetId);
        }
        if (site != siteId) {
            throw new ValidationException("assetId", "Asset " + assetId + " is installed at another site, not " + siteId);
        }
    }

    /** Work order numbers follow the company's calendar year, not UTC's. */
    private static ZoneId companyZone(DSLContext tx) {
        return CompanyZone.of(tx);
    }
}
