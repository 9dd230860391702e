package com.fieldwork.db.security;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.Test;

import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

class JooqActiveActorsTest extends DatabaseTest {

    @Test
    void aTechnicianComesWithTheirTechnicianProfile() {
        Seed seed = new Seed(dsl());
        Actor technician = seed.user(Role.TECHNICIAN, seed.branch());

        Actor found = new JooqActiveActors(dsl()).find(technician.userId()).orElseThrow();

        assertThat(found).isEqualTo(technician);
        assertThat(found.technicianId()).isPresent();
    }

    @Test
    void anOfficeUserHasNoTechnicianProfile() {
        Seed seed = new Seed(dsl());
        Actor dispatcher = seed.user(Role.DISPATCHER, seed.branch());

        assertThat(new JooqActiveActors(dsl()).find(dispatcher.userId())).contains(dispatcher);
    }

    @Test
    void deactivatedUsersUnknownUsersAndTechniciansWithoutAProfileAreNotActors() {
        Seed seed = new Seed(dsl());
        long branch = seed.branch();
        Actor gone = seed.user(Role.DISPATCHER, branch);
        Actor orphan = seed.user(Role.TECHNICIAN, branch);
        dsl().update(APP_USER).set(APP_USER.ACTIVE, false).where(APP_USER.ID.eq(gone.userId())).execute();
        dsl().deleteFrom(TECHNICIAN).where(TECHNICIAN.USER_ID.eq(orphan.userId())).execute();
        JooqActiveActors actors = new JooqActiveActors(dsl());

        assertThat(actors.find(gone.userId())).isEmpty();
        assertThat(actors.find(orphan.userId())).isEmpty();
        assertThat(actors.find(999_999)).isEmpty();
    }
}
