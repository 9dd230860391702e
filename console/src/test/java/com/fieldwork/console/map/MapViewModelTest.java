package com.fieldwork.console.map;

import com.fieldwork.console.schedule.FakeScheduleSource;
import com.fieldwork.console.schedule.ScheduledVisit;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static org.assertj.core.api.Assertions.assertThat;

class MapViewModelTest {

    private static final Instant NOW = at(10, 30);
    private static final GeoPoint A = new GeoPoint(39.70, -104.95);
    private static final GeoPoint B = new GeoPoint(39.75, -105.00);
    private static final GeoPoint C = new GeoPoint(39.80, -104.90);

    private final FakeScheduleSource source = new FakeScheduleSource();
    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    private MapViewModel model;

    @BeforeEach
    void setUp() {
        source.technician(1, "Robert Diaz");
        source.technician(2, "Grace Wilson");
        source.technician(3, "Wei Johnson");
        model = new MapViewModel(source, executor, Clock.fixed(NOW, DispatchWorld.ZONE));
    }

    @Test
    void technicianLayerShowsEachLatestPingAndFadesSilentPhones() {
        source.ping(1, NOW.minus(Duration.ofMinutes(2)), A);
        source.ping(2, NOW.minus(Duration.ofMinutes(45)), B);
        source.ping(3, NOW.minus(Duration.ofHours(20)), C); // yesterday's van is not on the road

        model.load();

        assertThat(model.technicianMarkers()).extracting(TechnicianMarker::name, TechnicianMarker::stale)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Grace Wilson", true),
                        org.assertj.core.groups.Tuple.tuple("Robert Diaz", false));
        assertThat(model.technicianMarkers().get(1).initials()).isEqualTo("RD");
        assertThat(model.statusProperty().get()).contains("1 of 3 technicians reporting");
        assertThat(executor.titles()).containsExactly("Loading the map");
    }

    @Test
    void jobLayerHoldsTheDaysVisitsStyledByStageAndPriority() {
        source.visit(11, 1, at(8, 0), 60, WorkOrderStatus.IN_PROGRESS, Priority.EMERGENCY, A);
        source.visit(12, 2, at(13, 0), 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, B);
        source.visit(13, 2, at(DispatchWorld.DAY.plusDays(1), 9, 0), 60, WorkOrderStatus.ASSIGNED, Priority.LOW, C);

        model.load();

        assertThat(model.jobs()).extracting(ScheduledVisit::visitId).containsExactly(11L, 12L);
        assertThat(JobMarkerStyle.styleClasses(model.jobs().get(0)))
                .containsExactly("job-pin", "job-on-site", "priority-emergency");
        assertThat(JobMarkerStyle.styleClasses(model.jobs().get(1)))
                .containsExactly("job-pin", "job-planned", "priority-normal");
        assertThat(JobMarkerStyle.radius(model.jobs().get(0))).isGreaterThan(JobMarkerStyle.radius(model.jobs().get(1)));
    }

    @Test
    void routeIsTheSelectedTechniciansStopsInDrivingOrder() {
        source.visit(21, 1, at(14, 0), 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, C);
        source.visit(22, 1, at(8, 0), 60, WorkOrderStatus.COMPLETED, Priority.NORMAL, A);
        source.visit(23, 2, at(9, 0), 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, B);
        source.visit(24, 1, at(10, 30), 60, WorkOrderStatus.EN_ROUTE, Priority.HIGH, B);
        model.load();
        assertThat(model.route()).isEmpty();

        model.selectTechnician(1);

        assertThat(model.route()).extracting(ScheduledVisit::visitId).containsExactly(22L, 24L, 21L);
        model.selectedTechnicianProperty().set(null);
        assertThat(model.route()).isEmpty();
    }

    @Test
    void theListBesideTheMapIsTheDayByTimeOrThePickedTechniciansStops() {
        source.visit(21, 1, at(14, 0), 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, C);
        source.visit(23, 2, at(9, 0), 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, B);
        source.visit(24, 1, at(10, 30), 60, WorkOrderStatus.EN_ROUTE, Priority.HIGH, B);
        model.load();

        assertThat(model.listed()).extracting(ScheduledVisit::visitId).containsExactly(23L, 24L, 21L);
        assertThat(model.describe(model.listed().get(1)))
                .isEqualTo("10:30  WO-2026-000024 · Robert Diaz\nJob 24 · En route");

        model.selectTechnician(1);
        assertThat(model.listed()).extracting(ScheduledVisit::visitId).containsExactly(24L, 21L);
        model.selectedTechnicianProperty().set(null);
        assertThat(model.listed()).hasSize(3);
    }

    @Test
    void changeFeedReloadsOnlyTheVisitsAndPositionsItNames() {
        source.visit(31, 1, at(9, 0), 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, A);
        source.visit(32, 2, at(11, 0), 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, B);
        model.load();
        model.selectTechnician(1);
        int fullReads = source.fullReads;

        // another console moved visit 32 to technician 1 before visit 31; a phone reported; a part changed
        ScheduledVisit moved = source.visits.get(32L);
        source.visits.put(32L, new ScheduledVisit(32, 4, moved.workOrderId(), moved.number(), moved.summary(),
                moved.siteName(), moved.location(), WorkOrderStatus.ASSIGNED, moved.priority(), OptionalLong.of(1),
                java.util.Optional.of(com.fieldwork.core.common.TimeSlot.of(at(7, 30), Duration.ofHours(1))), false));
        source.ping(1, NOW.minusSeconds(30), C);
        model.applyChanges(List.of(change("visit", 32), change("location_ping", 1), change("part", 7)));

        assertThat(source.fullReads).isEqualTo(fullReads);
        assertThat(source.visitReads).containsExactly(32L);
        assertThat(model.route()).extracting(ScheduledVisit::visitId).containsExactly(32L, 31L);
        assertThat(model.technicianMarkers()).extracting(TechnicianMarker::position).containsExactly(C);
    }

    @Test
    void aVisitMovedToAnotherDayLeavesTheMap() {
        source.visit(41, 1, at(9, 0), 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, A);
        model.load();
        source.visits.remove(41L);

        model.applyChanges(List.of(change("visit", 41)));

        assertThat(model.jobs()).isEmpty();
    }

    @Test
    void clickingAPinAsksTheShellToOpenItsWorkOrder() {
        ScheduledVisit job = source.visit(51, 1, at(9, 0), 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, A);
        List<Long> opened = new ArrayList<>();
        model.setOnOpenWorkOrder(opened::add);

        model.openJob(job);

        assertThat(opened).containsExactly(1051L);
    }

    @Test
    void fitShowsEveryPointAtAStreetLevelZoomForAMetroArea() {
        MapFit fit = MapFit.of(List.of(A, B, C), 1400, 850);
        assertThat(fit.centre().lat()).isBetween(39.70, 39.80);
        assertThat(fit.zoom()).isBetween(10, 13);
        assertThat(MapFit.of(List.of(A), 1400, 850).zoom()).isEqualTo(MapFit.MAX_ZOOM);
    }

    private static Change change(String entity, long id) {
        return new Change(1, entity, Long.toString(id), ChangeOperation.UPDATE, OptionalLong.empty(), NOW);
    }
}
