package com.fieldwork.db.catalog;

import com.fieldwork.core.catalog.ChecklistItem;
import com.fieldwork.core.catalog.ChecklistItemKind;
import com.fieldwork.core.catalog.NewChecklistItem;
import com.fieldwork.core.catalog.NewWorkOrderTemplate;
import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.catalog.RequiredSkill;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.db.jooq.tables.records.WorkOrderTemplateRecord;
import org.jooq.DSLContext;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.CHECKLIST_ITEM;
import static com.fieldwork.db.jooq.Tables.TEMPLATE_PART;
import static com.fieldwork.db.jooq.Tables.TEMPLATE_SKILL;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_TEMPLATE;

/** A template's row and its three child lists, written and read together. */
final class TemplateRows {

    private TemplateRows() {
    }

    static WorkOrderTemplateRecord insert(DSLContext tx, NewWorkOrderTemplate t) {
        WorkOrderTemplateRecord row = tx.newRecord(WORK_ORDER_TEMPLATE)
                .setServiceTypeId(t.serviceTypeId()).setCode(t.code()).setName(t.name())
                .setDescription(t.description().orElse(null))
                .setDefaultDurationMinutes(Math.toIntExact(t.defaultDuration().toMinutes()))
                .setDefaultPriority(t.defaultPriority().name()).setRequiresSignature(t.requiresSignature())
                .setMinPhotos((short) t.minPhotos()).setFixedFee(t.fixedFee().orElse(null)).setActive(true);
        row.store();
        for (RequiredSkill skill : t.requiredSkills()) {
            tx.insertInto(TEMPLATE_SKILL).set(TEMPLATE_SKILL.TEMPLATE_ID, row.getId())
                    .set(TEMPLATE_SKILL.SKILL_ID, skill.skillId()).set(TEMPLATE_SKILL.MIN_LEVEL, (short) skill.minLevel())
                    .execute();
        }
        for (PartQuantity part : t.defaultParts()) {
            tx.insertInto(TEMPLATE_PART).set(TEMPLATE_PART.TEMPLATE_ID, row.getId())
                    .set(TEMPLATE_PART.PART_ID, part.partId()).set(TEMPLATE_PART.QUANTITY, part.quantity())
                    .execute();
        }
        int position = 0;
        for (NewChecklistItem item : t.checklist()) {
            tx.insertInto(CHECKLIST_ITEM).set(CHECKLIST_ITEM.TEMPLATE_ID, row.getId())
                    .set(CHECKLIST_ITEM.SORT_ORDER, (short) ++position).set(CHECKLIST_ITEM.PROMPT, item.prompt())
                    .set(CHECKLIST_ITEM.KIND, item.kind().name()).set(CHECKLIST_ITEM.REQUIRED, item.required())
                    .execute();
        }
        return row;
    }

    static WorkOrderTemplate load(DSLContext dsl, WorkOrderTemplateRecord r) {
        List<RequiredSkill> skills = dsl.selectFrom(TEMPLATE_SKILL).where(TEMPLATE_SKILL.TEMPLATE_ID.eq(r.getId()))
                .orderBy(TEMPLATE_SKILL.SKILL_ID)
                .fetch(s -> new RequiredSkill(s.getSkillId(), s.getMinLevel()));
        List<PartQuantity> parts = dsl.selectFrom(TEMPLATE_PART).where(TEMPLATE_PART.TEMPLATE_ID.eq(r.getId()))
                .orderBy(TEMPLATE_PART.PART_ID)
                .fetch(p -> new PartQuantity(p.getPartId(), p.getQuantity()));
        List<ChecklistItem> checklist = dsl.selectFrom(CHECKLIST_ITEM).where(CHECKLIST_ITEM.TEMPLATE_ID.eq(r.getId()))
                .orderBy(CHECKLIST_ITEM.SORT_ORDER)
                .fetch(c -> new ChecklistItem(c.getId(), c.getSortOrder(), c.getPrompt(),
                        ChecklistItemKind.valueOf(c.getKind()), c.getRequired()));
        return new WorkOrderTemplate(r.getId(), r.getServiceTypeId(), r.getCode(), r.getName(),
                Optional.ofNullable(r.getDescription()), Duration.ofMinutes(r.getDefaultDurationMinutes()),
                Priority.valueOf(r.getDefaultPriority()), r.getRequiresSignature(), r.getMinPhotos(),
                Optional.ofNullable(r.getFixedFee()), r.getActive(), skills, parts, checklist);
    }
}
