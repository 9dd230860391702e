package com.fieldwork.db.workorder;

import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.catalog.RequiredSkill;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderPage;
import com.fieldwork.core.workorder.WorkOrderQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_PART;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_SKILL;
import static com.fieldwork.db.workorder.WorkOrderMapper.CREATOR;
import static com.fieldwork.db.workorder.WorkOrderMapper.UPDATER;

/** Reading work orders: one query for the rows, one per child table for the whole page, never one per row. */
public final class WorkOrderReads {

    private final DSLContext dsl;

    public WorkOrderReads(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<WorkOrder> find(long id) {
        return findOne(WORK_ORDER.ID.eq(id));
    }

    /** Every work order matching {@code condition} (on WORK_ORDER), with its skills and parts, in three queries. */
    public List<WorkOrder> where(Condition condition) {
        return withChildren(base().where(condition).fetch());
    }

    Optional<WorkOrder> findOne(Condition condition) {
        List<WorkOrder> found = withChildren(base().where(condition).fetch());
        return found.stream().findFirst();
    }

    WorkOrderPage search(WorkOrderQuery query) {
        List<Condition> where = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            where.add(WORK_ORDER.STATUS.in(query.statuses().stream().map(Enum::name).toList()));
        }
        if (!query.priorities().isEmpty()) {
            where.add(WORK_ORDER.PRIORITY.in(query.priorities().stream().map(Enum::name).toList()));
        }
        query.branchId().ifPresent(id -> where.add(WORK_ORDER.BRANCH_ID.eq(id)));
        query.customerId().ifPresent(id -> where.add(WORK_ORDER.CUSTOMER_ID.eq(id)));
        query.text().ifPresent(text -> where.add(WORK_ORDER.NUMBER.eq(text.toUpperCase(Locale.ROOT))
                .or(DSL.lower(WORK_ORDER.SUMMARY).contains(text.toLowerCase(Locale.ROOT)))));
        // The ids first, from WORK_ORDER alone, so both engines read them straight off the sort's index; with
        // the user joins in the same query H2 starts from app_user and sorts every matching order per page.
        List<Long> ids = new ArrayList<>();
        // one row more than a page tells whether there is a next page
        for (WorkOrderKeyset.Segment segment : WorkOrderKeyset.segments(query.sort(), query.after())) {
            int wanted = query.limit() + 1 - ids.size();
            if (wanted <= 0) {
                break;
            }
            ids.addAll(dsl.select(WORK_ORDER.ID).from(WORK_ORDER)
                    .where(where).and(segment.where())
                    .orderBy(segment.orderBy())
                    .limit(wanted)
                    .fetch(WORK_ORDER.ID));
        }
        Map<Long, WorkOrder> byId = where(WORK_ORDER.ID.in(ids)).stream()
                .collect(Collectors.toMap(WorkOrder::id, Function.identity()));
        List<WorkOrder> rows = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        if (rows.size() <= query.limit()) {
            return new WorkOrderPage(rows, Optional.empty());
        }
        List<WorkOrder> page = rows.subList(0, query.limit());
        WorkOrder last = page.get(page.size() - 1);
        return new WorkOrderPage(page, Optional.of(WorkOrderQuery.PageCursor.after(query.sort(), last)));
    }

    private SelectOnConditionStep<Record> base() {
        return dsl.select(WORK_ORDER.fields())
                .select(CREATOR.DISPLAY_NAME, UPDATER.DISPLAY_NAME)
                .from(WORK_ORDER)
                .join(CREATOR).on(CREATOR.ID.eq(WORK_ORDER.CREATED_BY))
                .join(UPDATER).on(UPDATER.ID.eq(WORK_ORDER.UPDATED_BY));
    }

    private List<WorkOrder> withChildren(List<Record> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.get(WORK_ORDER.ID)).toList();
        Map<Long, List<RequiredSkill>> skills = dsl.selectFrom(WORK_ORDER_SKILL)
                .where(WORK_ORDER_SKILL.WORK_ORDER_ID.in(ids))
                .orderBy(WORK_ORDER_SKILL.SKILL_ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(r -> r.getWorkOrderId(),
                        Collectors.mapping(r -> new RequiredSkill(r.getSkillId(), r.getMinLevel()), Collectors.toList())));
        Map<Long, List<PartQuantity>> parts = dsl.selectFrom(WORK_ORDER_PART)
                .where(WORK_ORDER_PART.WORK_ORDER_ID.in(ids))
                .orderBy(WORK_ORDER_PART.PART_ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(r -> r.getWorkOrderId(),
                        Collectors.mapping(r -> new PartQuantity(r.getPartId(), r.getQuantity().stripTrailingZeros()),
                                Collectors.toList())));
        return rows.stream()
                .map(row -> WorkOrderMapper.toWorkOrder(row,
                        skills.getOrDefault(row.get(WORK_ORDER.ID), List.of()),
                        parts.getOrDefault(row.get(WORK_ORDER.ID), List.of())))
                .toList();
    }
}
