package com.fieldwork.db.technician;

import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.technician.Skill;
import com.fieldwork.core.technician.SkillRepository;
import com.fieldwork.db.audit.AuditTrail;
import com.fieldwork.db.jooq.tables.records.SkillRecord;
import com.fieldwork.db.support.IntegrityViolations;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.SKILL;

/** The skills catalogue in SQL. Skills have no version: they are created and listed, not edited here. */
public final class JooqSkillRepository implements SkillRepository {

    static final String ENTITY = "skill";

    private final DSLContext dsl;
    private final Clock clock;

    public JooqSkillRepository(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Skill create(String code, String name, Actor actor) {
        Skill skill = new Skill(0, code, name);
        return IntegrityViolations.translate("Skill " + skill.code(), () -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            SkillRecord row = tx.newRecord(SKILL).setCode(skill.code()).setName(skill.name());
            row.store();
            AuditTrail.record(tx, actor, clock.instant(), ENTITY, row.getId(), ChangeOperation.INSERT, "create",
                    null, row, null);
            return toSkill(row);
        }));
    }

    @Override
    public Optional<Skill> findByCode(String code) {
        return code == null ? Optional.empty()
                : dsl.selectFrom(SKILL).where(SKILL.CODE.eq(code.trim().toUpperCase(Locale.ROOT)))
                        .fetchOptional().map(JooqSkillRepository::toSkill);
    }

    @Override
    public List<Skill> list() {
        return dsl.selectFrom(SKILL).orderBy(SKILL.NAME, SKILL.ID).fetch(JooqSkillRepository::toSkill);
    }

    static Skill toSkill(SkillRecord r) {
        return new Skill(r.getId(), r.getCode(), r.getName());
    }
}
