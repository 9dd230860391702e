package com.fieldwork.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldwork.core.security.Permission;
import com.fieldwork.core.security.PermissionDeniedException;
import com.fieldwork.core.security.Role;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void systemIsUserZeroActingAsSuperAdmin() {
        Actor system = Actor.system();

        assertThat(system.userId()).isZero();
        assertThat(system.username()).isEqualTo("system");
        assertThat(system.role()).isEqualTo(Role.SUPER_ADMIN);
        assertThat(system.technicianId()).isEmpty();
        assertThat(system.isSystem()).isTrue();
        assertThat(system.can(Permission.USER_MANAGE)).isTrue();
    }

    @Test
    void officeUserHasNoTechnicianProfile() {
        Actor dispatcher = new Actor(7, "dana", "Dana Dispatcher", Role.DISPATCHER);

        assertThat(dispatcher.technicianId()).isEmpty();
        assertThat(dispatcher.isSystem()).isFalse();
        assertThat(dispatcher.can(Permission.WORK_ORDER_ASSIGN)).isTrue();
        assertThat(dispatcher.can(Permission.INVOICE_ISSUE)).isFalse();
    }

    @Test
    void technicianCarriesTheProfileTheirJobsAreFoundBy() {
        Actor technician = new Actor(12, "tom", "Tom Tech", Role.TECHNICIAN, OptionalLong.of(3));

        assertThat(technician.technicianId()).hasValue(3);
        assertThatCode(() -> technician.require(Permission.FIELD_WORK)).doesNotThrowAnyException();
        assertThatThrownBy(() -> technician.require(Permission.WORK_ORDER_VIEW_ALL))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageStartingWith("A Technician may not see all work orders");
    }

    @Test
    void technicianWithoutProfileIsRefused() {
        assertThatThrownBy(() -> new Actor(12, "tom", "Tom Tech", Role.TECHNICIAN))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("technicianId"));
    }

    @Test
    void invalidValuesAreRefusedWithTheFieldNamed() {
        assertField(() -> new Actor(-1, "a", "A", Role.DISPATCHER), "userId");
        assertField(() -> new Actor(0, "mallory", "Mallory", Role.SUPER_ADMIN), "userId");
        assertField(() -> new Actor(1, " ", "A", Role.DISPATCHER), "username");
        assertField(() -> new Actor(1, "a", "", Role.DISPATCHER), "displayName");
        assertField(() -> new Actor(1, "a", "A", Role.BRANCH_MANAGER, OptionalLong.of(0)), "technicianId");
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> new Actor(1, null, "A", Role.DISPATCHER)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Actor(1, "a", null, Role.DISPATCHER)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Actor(1, "a", "A", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Actor(1, "a", "A", Role.DISPATCHER, null))
                .isInstanceOf(NullPointerException.class);
    }

    private static void assertField(Runnable construction, String field) {
        assertThatThrownBy(construction::run)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
