package com.fieldwork.db.workorder;

import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.catalog.RequiredSkill;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderPage;
import com.fieldwork.core.workorder.WorkOrderQuery;
import org.jooq.Condition;
import com.fieldwork.db.support.RenderedStatement;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_PART;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_SKILL;
import static com.fieldwork.db.workorder.WorkOrderMapper.CREATOR;
import static com.fieldwork.db.workorder.WorkOrderMapper.UPDATER;
import static com.fieldwork.db.support.RenderedStatement.param;

/** Reading work orders: one query for the rows, one per child table for the whole page, never one per row. */
public final class WorkOrderReads {

    private static final Field<?>[] BASE_COLUMNS = Stream.concat(Arrays.stream(WORK_ORDER.fields()),
            Stream.of(CREATOR.DISPLAY_NAME, UPDATER.DISPLAY_NAME)).toArray(Field<?>[]::new);
    private static final Field<?>[] SKILL_COLUMNS = {
            WORK_ORDER_SKILL.WORK_ORDER_ID, WORK_ORDER_SKILL.SKILL_ID, WORK_ORDER_SKILL.MIN_LEVEL};
    private static final Field<?>[] PART_COLUMNS = {
            WORK_ORDER_PART.WORK_ORDER_ID, WORK_ORDER_PART.PART_ID, WORK_ORDER_PART.QUANTITY};
    private static final RenderedStatement BY_ID = RenderedStatement.of(dsl ->
            base(dsl).where(WORK_ORDER.ID.eq(param(WORK_ORDER.ID))));
    private static final RenderedStatement SKILLS_OF = RenderedStatement.of(dsl -> dsl.select(SKILL_COLUMNS)
            .from(WORK_ORDER_SKILL)
            .where(WORK_ORDER_SKILL.WORK_ORDER_ID.eq(param(WORK_ORDER_SKILL.WORK_ORDER_ID)))
            .orderBy(WORK_ORDER_SKILL.SKILL_ID));
    private static final RenderedStatement PARTS_OF = RenderedStatement.of(dsl -> dsl.select(PART_COLUMNS)
            .from(WORK_ORDER_PART)
            .where(WORK_ORDER_PART.WORK_ORDER_ID.eq(param(WORK_ORDER_PART.WORK_ORDER_ID)))
            .orderBy(WORK_ORDER_PART.PART_ID));

    private final DSLContext dsl;

    public WorkOrderReads(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<WorkOrder> find(long id) {
        // every request about one job starts here: the three statements are rendered once, not per call
        List<Record> rows = BY_ID.fetch(dsl, BASE_COLUMNS, id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return assemble(rows, SKILLS_OF.fetch(dsl, SKILL_COLUMNS, id), PARTS_OF.fetch(dsl, PART_COLUMNS, id))
                .stream().findFirst();
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
        return base(dsl);
    }

    private static SelectOnConditionStep<Record> base(DSLContext dsl) {
        return dsl.select(BASE_COLUMNS)
                .from(WORK_ORDER)
                .join(CREATOR).on(CREATOR.ID.eq(WORK_ORDER.CREATED_BY))
                .join(UPDATER).on(UPDATER.ID.eq(WORK_ORDER.UPDATED_BY));
    }

    private List<WorkOrder> withChildren(List<Record> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.get(WORK_ORDER.ID)).toList();
        return assemble(rows,
                dsl.select(SKILL_COLUMNS).from(WORK_ORDER_SKILL)
                        .where(WORK_ORDER_SKILL.WORK_ORDER_ID.in(ids))
                        .orderBy(WORK_ORDER_SKILL.SKILL_ID)
                        .fetch(),
                dsl.select(PART_COLUMNS).from(WORK_ORDER_PART)
                        .where(WORK_ORDER_PART.WORK_ORDER_ID.in(ids))
                        .orderBy(WORK_ORDER_PART.PART_ID)
                        .fetch());
    }

    /** Work orders from rows of {@link #BASE_COLUMNS}, {@link #SKILL_COLUMNS} and {@link #PART_COLUMNS}. */
    private static List<WorkOrder> assemble(List<Record> rows, List<Record> skillRows, List<Record> partRows) {
        Map<Long, List<RequiredSkill>> skills = skillRows.stream().collect(Collectors.groupingBy(
                r -> r.get(WORK_ORDER_SKILL.WORK_ORDER_ID),
                Collectors.mapping(r -> new RequiredSkill(r.get(WORK_ORDER_SKILL.SKILL_ID), r.get(WORK_ORDER_SKILL.MIN_LEVEL)),
                        Collectors.toList())));
        Map<Long, List<PartQuantity>> parts = partRows.stream().collect(Collectors.groupingBy(
                r -> r.get(WORK_ORDER_PART.WORK_ORDER_ID),
                Collectors.mapping(r -> new PartQuantity(r.get(WORK_ORDER_PART.PART_ID),
                        r.get(WORK_ORDER_PART.QUANTITY).stripTrailingZeros()), Collectors.toList())));
        return rows.stream()
                .map(row -> WorkOrderMapper.toWorkOrder(row,
                        skills.getOrDefault(row.get(WORK_ORDER.ID), List.of()),
                        parts.getOrDefault(row.get(WORK_ORDER.ID), List.of())))
                .toList();
    }
}
