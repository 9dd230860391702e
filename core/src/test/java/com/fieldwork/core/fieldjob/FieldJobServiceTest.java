package com.fieldwork.core.fieldjob;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.security.Permission;
import com.fieldwork.core.security.PermissionDeniedException;
import com.fieldwork.core.security.PermissionMatrix;
import com.fieldwork.core.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldJobServiceTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    /** 22:30 on Tuesday 10 March in Denver, already Wednesday in UTC. */
    private static final Clock LATE_EVENING = Clock.fixed(Instant.parse("2026-03-11T05:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final long OWN = 7;
    private static final long COLLEAGUE = 8;

    private final RecordingJobs jobs = new RecordingJobs();
    private final FieldJobService service = new FieldJobService(jobs, LATE_EVENING, DENVER);

    private static Actor technician(long technicianId) {
        return new Actor(10 + technicianId, "tech" + technicianId, "Tech " + technicianId, Role.TECHNICIAN,
                OptionalLong.of(technicianId));
    }

    private static Actor office(Role role) {
        return new Actor(99, role.name().toLowerCase(), role.label(), role);
    }

    @Test
    void todayIsTheCompanysDateNotTheClocksUtcDate() {
        assertThat(service.today()).isEqualTo(DAY);

        service.myVisitsToday(technician(OWN));

        assertThat(jobs.calls).containsExactly("visitsOn " + OWN + " " + DAY + " " + DENVER);
    }

    @Test
    void aTechnicianReadsTheirOwnDayAndJobThroughTheirTechnicianId() {
        service.myVisitsOn(technician(OWN), DAY.plusDays(1));
        service.myJob(technician(OWN), 42);

        assertThat(jobs.calls).containsExactly("visitsOn " + OWN + " " + DAY.plusDays(1) + " " + DENVER,
                "jobFor " + OWN + " 42");
    }

    @Test
    void aTechnicianAskingForAColleaguesDayOrJobIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> service.visitsOf(technician(OWN), COLLEAGUE, DAY))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Technician may not see all work orders");
        assertThatThrownBy(() -> service.jobOf(technician(OWN), COLLEAGUE, 42))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(jobs.calls).isEmpty();
    }

    @Test
    void aTechnicianAskingForTheirOwnIdExplicitlyIsAllowed() {
        service.visitsOf(technician(OWN), OWN, DAY);

        assertThat(jobs.calls).containsExactly("visitsOn " + OWN + " " + DAY + " " + DENVER);
    }

    @Test
    void aDispatcherReadsAnyTechniciansDayAndJob() {
        service.visitsOf(office(Role.DISPATCHER), COLLEAGUE, DAY);
        service.jobOf(office(Role.DISPATCHER), COLLEAGUE, 42);

        assertThat(jobs.calls).containsExactly("visitsOn " + COLLEAGUE + " " + DAY + " " + DENVER,
                "jobFor " + COLLEAGUE + " 42");
    }

    /** The matrix decides, not a role list here: whoever may see all work orders may read any day. */
    @ParameterizedTest
    @EnumSource(Role.class)
    void readingSomeoneElsesDayFollowsThePermissionMatrix(Role role) {
        Actor actor = role == Role.TECHNICIAN ? technician(OWN) : office(role);
        if (PermissionMatrix.allows(role, Permission.WORK_ORDER_VIEW_ALL)) {
            service.visitsOf(actor, COLLEAGUE, DAY);
            assertThat(jobs.calls).hasSize(1);
        } else {
            assertThatThrownBy(() -> service.visitsOf(actor, COLLEAGUE, DAY))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThat(jobs.calls).isEmpty();
        }
    }

    @Test
    void theMatrixLetsTheAccountantReadButNotTheTechnician() {
        // Pins the grid above to today's policy, so the parameterized test cannot pass by refusing everyone.
        assertThat(PermissionMatrix.allows(Role.ACCOUNTANT, Permission.WORK_ORDER_VIEW_ALL)).isTrue();
        assertThat(PermissionMatrix.allows(Role.TECHNICIAN, Permission.WORK_ORDER_VIEW_ALL)).isFalse();
    }

    @Test
    void anOfficeUserWithoutATechnicianProfileHasNoDayOfTheirOwn() {
        assertThatThrownBy(() -> service.myVisitsToday(office(Role.DISPATCHER)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no technician profile");
        assertThatThrownBy(() -> service.myJob(office(Role.DISPATCHER), 42))
                .isInstanceOf(ValidationException.class);
        assertThat(jobs.calls).isEmpty();
    }

    /** Records what was asked, so a test can see that a refused call reads nothing. */
    private static final class RecordingJobs implements FieldJobs {
        final List<String> calls = new ArrayList<>();

        @Override
        public List<VisitSummary> visitsOn(long technicianId, LocalDate day, ZoneId zone) {
            calls.add("visitsOn " + technicianId + " " + day + " " + zone);
            return List.of();
        }

        @Override
        public Optional<JobDetail> jobFor(long technicianId, long workOrderId) {
            calls.add("jobFor " + technicianId + " " + workOrderId);
            return Optional.empty();
        }
    }
}
