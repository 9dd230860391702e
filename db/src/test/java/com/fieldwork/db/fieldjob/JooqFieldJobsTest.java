package com.fieldwork.db.fieldjob;

import com.fieldwork.db.testing.QueryCounter;
import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.fieldjob.ChecklistAnswerView;
import com.fieldwork.core.fieldjob.JobDetail;
import com.fieldwork.core.fieldjob.RequiredPart;
import com.fieldwork.core.fieldjob.VisitSummary;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.schedule.VisitStatus;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.StatusHistoryEntry;
import com.fieldwork.core.workorder.WorkOrderNote;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static com.fieldwork.db.fieldjob.FieldJobWorld.DAY;
import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.fieldjob.FieldJobWorld.DENVER;
import static com.fieldwork.db.fieldjob.FieldJobWorld.qty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class JooqFieldJobsTest extends DatabaseTest {

    private FieldJobWorld world;
    private JooqFieldJobs jobs;

    @BeforeEach
    void world() {
        world = new FieldJobWorld(dsl());
        jobs = new JooqFieldJobs(dsl(), world.clock);
    }

    @Test
    void aTechniciansDayListsTheirLiveVisitsOfThatLocalDayInStartOrder() {
        List<VisitSummary> day = jobs.visitsOn(world.idOf(world.techA), DAY, DENVER);

        // Not the evening before (same UTC date), not the next day, not the cancelled one, not B's.
        assertThat(day).extracting(VisitSummary::visitId)
                .containsExactly(world.mainVisit.id(), world.secondVisit.id(), world.lateVisit.id());
    }

    @Test
    void eachLineCarriesTheJobTheAddressTheWindowAndBothVersions() {
        world.workOnMainJob();
        VisitSummary first = jobs.visitsOn(world.idOf(world.techA), DAY, DENVER).get(0);

        assertThat(first.visitStatus()).isEqualTo(VisitStatus.PLANNED);
        assertThat(first.planned()).contains(new TimeSlot(Instant.parse("2026-03-10T15:00:00Z"),
                Instant.parse("2026-03-10T17:00:00Z")));
        assertThat(first.actualStart()).isEmpty();
        assertThat(first.workOrderId()).isEqualTo(world.mainJob.id());
        assertThat(first.number()).isEqualTo(world.mainJob.number());
        assertThat(first.summary()).isEqualTo("No heat in the office");
        assertThat(first.description()).contains("No heat in the office, details");
        assertThat(first.priority()).isEqualTo(Priority.HIGH);
        assertThat(first.workOrderStatus()).isEqualTo(WorkOrderStatus.EN_ROUTE);
        assertThat(first.workOrderVersion()).isEqualTo(2);
        assertThat(first.visitVersion()).isEqualTo(world.mainVisit.version());
        assertThat(first.customerName()).isEqualTo(world.customers.get(world.customer).name());
        Address address = world.customers.findSite(world.site).orElseThrow().details().address();
        assertThat(first.address()).isEqualTo(address);
        assertThat(first.siteName()).isEqualTo(world.customers.findSite(world.site).orElseThrow().details().name());
        assertThat(first.location()).isEqualTo(new GeoPoint(39.75, -104.99));
        assertThat(first.resolutionDue()).isEmpty();
    }

    @Test
    void theDayIsTheCompanysLocalDayNotTheUtcDate() {
        long a = world.idOf(world.techA);

        // 23:00 MDT on the 9th is already the 10th in UTC; it belongs to the 9th in Denver.
        assertThat(jobs.visitsOn(a, DAY.minusDays(1), DENVER)).extracting(VisitSummary::visitId)
                .containsExactly(world.eveningBefore.id());
        // 23:30 MDT on the 10th is the 11th in UTC; it belongs to the 11th only in UTC.
        assertThat(jobs.visitsOn(a, DAY.plusDays(1), DENVER)).extracting(VisitSummary::visitId)
                .containsExactly(world.nextDay.id());
        assertThat(jobs.visitsOn(a, DAY.plusDays(1), ZoneOffset.UTC)).extracting(VisitSummary::visitId)
                .containsExactly(world.lateVisit.id(), world.nextDay.id());
    }

    @Test
    void anotherTechniciansVisitsNeverAppear() {
        assertThat(jobs.visitsOn(world.idOf(world.techB), DAY, DENVER)).extracting(VisitSummary::visitId)
                .containsExactly(world.othersVisit.id());
        assertThat(jobs.visitsOn(world.idOf(world.techA), DAY, DENVER)).extracting(VisitSummary::workOrderId)
                .doesNotContain(world.othersJob.id(), world.cancelledJob.id());
    }

    @Test
    void theJobDetailHoldsWhatTheTechnicianNeedsOnSite() {
        long[] written = world.workOnMainJob();

        JobDetail job = jobs.jobFor(world.idOf(world.techA), world.mainJob.id()).orElseThrow();

        assertThat(job.workOrder().id()).isEqualTo(world.mainJob.id());
        assertThat(job.workOrder().status()).isEqualTo(WorkOrderStatus.EN_ROUTE);
        assertThat(job.visits()).extracting(Visit::id).containsExactly(world.mainVisit.id(), world.nextDay.id());
        assertThat(job.customer().id()).isEqualTo(world.customer);
        assertThat(job.site().details().accessNotes()).contains("Key box code 4711, side gate");
        assertThat(job.site().details().safetyNotes()).contains("Dog in the yard");
        assertThat(job.contacts()).extracting(c -> c.details().name()).containsExactly("Ann Owner", "Sam Caretaker");
        assertThat(job.asset()).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(world.asset));
        assertThat(job.notes()).extracting(WorkOrderNote::body, WorkOrderNote::internal).containsExactly(
                tuple("Customer prefers a call before arrival", false),
                tuple("Slow payer, collect on site", true));
        assertThat(job.history()).extracting(StatusHistoryEntry::to)
                .containsExactly(WorkOrderStatus.PENDING, WorkOrderStatus.ASSIGNED, WorkOrderStatus.EN_ROUTE);
        assertThat(job.attachments()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(written[0]);
            assertThat(f.kind()).isEqualTo(AttachmentKind.PHOTO);
            assertThat(f.fileName()).isEqualTo("burner.jpg");
            assertThat(f.mimeType()).isEqualTo("image/jpeg");
            assertThat(f.sizeBytes()).isEqualTo(123_456L);
            assertThat(f.contentHash()).isEqualTo("a".repeat(64));
            assertThat(f.caption()).contains("Burner before cleaning");
            assertThat(f.visitId()).hasValue(world.mainVisit.id());
            assertThat(f.uploadedByName()).isEqualTo(world.techA.displayName());
        });
    }

    @Test
    void theAssetHistoryShowsEarlierJobsWithThePartsThatWentInButNotThisJob() {
        JobDetail job = jobs.jobFor(world.idOf(world.techA), world.mainJob.id()).orElseThrow();

        assertThat(job.assetHistory()).singleElement().satisfies(earlier -> {
            assertThat(earlier.workOrderId()).isEqualTo(world.earlierJob.id());
            assertThat(earlier.summary()).isEqualTo("Furnace makes noise");
            assertThat(earlier.parts()).singleElement().satisfies(part -> {
                assertThat(part.partId()).isEqualTo(world.filter);
                assertThat(part.quantity()).isEqualByComparingTo("2");
            });
        });
    }

    @Test
    void theChecklistComesWithTheAnswersGivenSoFar() {
        long[] written = world.workOnMainJob();

        JobDetail job = jobs.jobFor(world.idOf(world.techA), world.mainJob.id()).orElseThrow();

        assertThat(job.template()).hasValueSatisfying(t -> assertThat(t.checklist()).hasSize(3));
        assertThat(job.answers()).extracting(ChecklistAnswerView::checklistItemId, ChecklistAnswerView::answer)
                .containsExactly(
                        tuple(written[1], new ChecklistAnswer.YesNo(true)),
                        tuple(written[2], new ChecklistAnswer.Numeric(qty("3.5"))));
        assertThat(job.answers()).allSatisfy(a -> {
            assertThat(a.answeredBy()).isEqualTo(world.techA.userId());
            assertThat(a.answeredByName()).isEqualTo(world.techA.displayName());
        });
    }

    @Test
    void requiredPartsShowWhatIsReservedAndWhatTheVanHolds() {
        JobDetail job = jobs.jobFor(world.idOf(world.techA), world.mainJob.id()).orElseThrow();

        RequiredPart filter = part(job, world.filter);
        assertThat(filter.quantity()).isEqualByComparingTo("2");
        assertThat(filter.reserved()).isEqualByComparingTo("1");
        assertThat(filter.sku()).startsWith("P");
        assertThat(filter.inVan()).hasValueSatisfying(level -> {
            assertThat(level.locationId()).isEqualTo(world.van);
            assertThat(level.onHand()).isEqualByComparingTo("3"); // 5 loaded, 2 fitted on the earlier job
        });
        RequiredPart thermostat = part(job, world.thermostat);
        assertThat(thermostat.reserved()).isEqualByComparingTo("0");
        assertThat(thermostat.inVan()).hasValueSatisfying(level -> assertThat(level.onHand()).isZero());
        assertThat(job.reservations()).singleElement()
                .satisfies(r -> assertThat(r.partId()).isEqualTo(world.filter));
    }

    @Test
    void aTechnicianWithoutAVanSeesNoVanLevels() {
        world.visits.create(new NewVisit(world.mainJob.id(), world.techB.technicianId(), Optional.of(
                new TimeSlot(Instant.parse("2026-03-12T15:00:00Z"), Instant.parse("2026-03-12T16:00:00Z"))), false),
                world.dispatcher);

        JobDetail job = jobs.jobFor(world.idOf(world.techB), world.mainJob.id()).orElseThrow();

        assertThat(job.parts()).hasSize(2).allSatisfy(p -> assertThat(p.inVan()).isEmpty());
        // Only B's own visit on the job, not A's two.
        assertThat(job.visits()).singleElement()
                .satisfies(v -> assertThat(v.technicianId()).hasValue(world.idOf(world.techB)));
    }

    @Test
    void someoneElsesJobACancelledAssignmentAndAnUnknownIdAreAllEmpty() {
        long a = world.idOf(world.techA);
        long b = world.idOf(world.techB);

        assertThat(jobs.jobFor(b, world.mainJob.id())).isEmpty();
        assertThat(jobs.jobFor(a, world.othersJob.id())).isEmpty();
        assertThat(jobs.jobFor(a, world.cancelledJob.id())).isEmpty();
        assertThat(jobs.jobFor(a, 999_999)).isEmpty();
        assertThat(jobs.jobFor(b, world.othersJob.id())).isPresent();
    }

    @Test
    void theDayIsOneQueryAndTheJobCostsTheSameNumberOfQueriesHoweverMuchItHolds() {
        QueryCounter counter = new QueryCounter();
        JooqFieldJobs counted = new JooqFieldJobs(counter.around(dsl()), world.clock);
        long a = world.idOf(world.techA);

        assertThat(counted.visitsOn(a, DAY, DENVER)).hasSize(3);
        assertThat(counter.take()).isEqualTo(1);

        counted.jobFor(a, world.mainJob.id());
        int bare = counter.take();
        world.workOnMainJob();
        world.workOrders.addNote(world.mainJob.id(), "Third note", false, world.techA);
        world.workOrders.addNote(world.mainJob.id(), "Fourth note", false, world.techA);
        world.photo("flue.jpg", "Flue after cleaning");
        JobDetail full = counted.jobFor(a, world.mainJob.id()).orElseThrow();

        assertThat(full.notes()).hasSize(4);
        assertThat(full.attachments()).hasSize(2);
        assertThat(counter.take()).isEqualTo(bare);
    }

    @Test
    void todayIsDecidedInTheCompanysTimeZoneOnceThereIsACompany() {
        assertThat(jobs.companyZone()).isEqualTo(ZoneOffset.UTC);

        dsl().insertInto(COMPANY).set(COMPANY.NAME, "Mile High Heating").set(COMPANY.CURRENCY, "USD")
                .set(COMPANY.DEFAULT_TAX_RATE, new BigDecimal("0.0881")).set(COMPANY.TIME_ZONE, "America/Denver")
                .execute();

        assertThat(jobs.companyZone()).isEqualTo(DENVER);
    }

    private static RequiredPart part(JobDetail job, long partId) {
        return job.parts().stream().filter(p -> p.partId() == partId).findFirst().orElseThrow();
    }
}
