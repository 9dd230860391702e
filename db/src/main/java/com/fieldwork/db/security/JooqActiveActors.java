package com.fieldwork.db.security;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.ActiveActors;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.support.RenderedStatement;
import org.jooq.Field;
import org.jooq.DSLContext;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.db.support.RenderedStatement.param;
import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;

/** One query per request: the user and, through {@code technician.user_id}, their technician profile. */
public final class JooqActiveActors implements ActiveActors {

    private static final Field<?>[] COLUMNS = {APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE, TECHNICIAN.ID};
    private static final RenderedStatement ACTIVE_USER = RenderedStatement.of(dsl -> dsl.select(COLUMNS)
            .from(APP_USER)
            .leftJoin(TECHNICIAN).on(TECHNICIAN.USER_ID.eq(APP_USER.ID))
            .where(APP_USER.ID.eq(param(APP_USER.ID)).and(APP_USER.ACTIVE.isTrue())));

    private final DSLContext dsl;

    public JooqActiveActors(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Optional<Actor> find(long userId) {
        return ACTIVE_USER.fetch(dsl, COLUMNS, userId).stream().findFirst()
                .flatMap(r -> {
                    Role role = Role.valueOf(r.get(APP_USER.ROLE));
                    Long technicianId = r.get(TECHNICIAN.ID);
                    if (role == Role.TECHNICIAN && technicianId == null) {
                        return Optional.empty();
                    }
                    return Optional.of(new Actor(r.get(APP_USER.ID), r.get(APP_USER.USERNAME),
                            r.get(APP_USER.DISPLAY_NAME), role,
                            technicianId == null ? OptionalLong.empty() : OptionalLong.of(technicianId)));
                });
    }
}
