package com.fieldwork.console.technician;

import com.fieldwork.console.schedule.TechnicianSummary;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.technician.Absence;
import com.fieldwork.core.technician.AbsenceKind;
import com.fieldwork.core.technician.TechnicianProfile;
import com.fieldwork.core.technician.TechnicianSkill;
import com.fieldwork.core.technician.WorkingHours;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static org.assertj.core.api.Assertions.assertThat;

class TechnicianViewModelTest {

    private final List<Absence> absences = new ArrayList<>();
    private final List<TimeSlot> asked = new ArrayList<>();
    private final TechnicianProfile profile = new TechnicianProfile(DispatchWorld.technician(1).build().profile().technician(),
            List.of(new TechnicianSkill(DispatchWorld.HVAC, 3, Optional.of(DispatchWorld.DAY.plusDays(12))),
                    new TechnicianSkill(DispatchWorld.GAS, 2, Optional.of(DispatchWorld.DAY.minusDays(3))),
                    new TechnicianSkill(DispatchWorld.ELEC, 1, Optional.empty())),
            List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0), Optional.of(LocalTime.NOON), 30)));
    private final TechnicianDirectory directory = new TechnicianDirectory() {
        @Override
        public List<TechnicianSummary> technicians() {
            return List.of(new TechnicianSummary(1, "Tech 1", 1, "Denver Central", DispatchWorld.DOWNTOWN));
        }

        @Override
        public TechnicianProfile profile(long technicianId) {
            return profile;
        }

        @Override
        public List<Absence> absences(long technicianId, TimeSlot range) {
            asked.add(range);
            return List.copyOf(absences);
        }
    };
    private final TechnicianViewModel model = new TechnicianViewModel(directory, new SynchronousTaskExecutor(),
            Clock.fixed(at(9, 0), DispatchWorld.ZONE), DispatchWorld.ZONE);

    @Test
    void skillsShowLevelAndFlagCertificatesExpiredOrEndingSoon() {
        model.load();
        model.selectedProperty().set(model.technicians().get(0));

        assertThat(model.skills()).containsExactly(
                "HVAC Heating, ventilation and air conditioning · level 3 · certified until 2026-12-13 (expires in 12 days)",
                "GAS Gas fitting · level 2 · certified until 2026-11-28 (EXPIRED 3 days ago)",
                "ELEC Electrical · level 1 · no expiry");
        assertThat(model.week()).containsExactly("Monday 08:00–17:00, break 12:00 for 30 min");
        assertThat(asked).singleElement().satisfies(range -> {
            assertThat(range.start()).isEqualTo(LocalDate.of(2026, 11, 1).atStartOfDay(DispatchWorld.ZONE).toInstant());
            assertThat(range.end()).isEqualTo(LocalDate.of(2027, 3, 1).atStartOfDay(DispatchWorld.ZONE).toInstant());
        });
    }

    @Test
    void anAbsenceOnTheFeedReloadsTheSelectedTechnician() {
        model.load();
        model.selectedProperty().set(model.technicians().get(0));
        assertThat(model.absences()).isEmpty();
        absences.add(new Absence(7, 1, AbsenceKind.TRAINING, new TimeSlot(at(8, 0), at(17, 0)), Optional.of("Gas cert")));

        model.applyChanges(List.of(new Change(9, "absence", "7", ChangeOperation.INSERT, OptionalLong.empty(),
                Instant.EPOCH)));

        assertThat(model.absences()).extracting(Absence::id).containsExactly(7L);
        model.applyChanges(List.of(new Change(10, "part", "3", ChangeOperation.UPDATE, OptionalLong.empty(),
                Instant.EPOCH)));
        assertThat(asked).hasSize(2);
    }

    @Test
    void wholeDayAbsencesReadAsDatesAndPartDaysWithTimes() {
        Absence vacation = new Absence(8, 1, AbsenceKind.VACATION, new TimeSlot(
                LocalDate.of(2026, 3, 14).atStartOfDay(DispatchWorld.ZONE).toInstant(),
                LocalDate.of(2026, 3, 18).atStartOfDay(DispatchWorld.ZONE).toInstant()), Optional.of("Family vacation"));
        Absence dentist = new Absence(9, 1, AbsenceKind.OTHER, new TimeSlot(at(14, 0), at(16, 0)), Optional.empty());

        assertThat(TechnicianView.absenceLine(vacation, DispatchWorld.ZONE))
                .isEqualTo("Vacation: Sat 14 Mar 2026 – Tue 17 Mar 2026 (Family vacation)");
        assertThat(TechnicianView.absenceLine(dentist, DispatchWorld.ZONE))
                .isEqualTo("Other: Tue 1 Dec 2026 14:00 – Tue 1 Dec 2026 16:00");
    }
}
