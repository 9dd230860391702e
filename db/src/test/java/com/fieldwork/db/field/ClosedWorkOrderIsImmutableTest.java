package com.fieldwork.db.field;

import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.field.DocumentType;
import com.fieldwork.core.field.ImageType;
import com.fieldwork.core.field.NewDocument;
import com.fieldwork.core.field.NewLaborEntry;
import com.fieldwork.core.field.NewPhoto;
import com.fieldwork.core.field.NewSignature;
import com.fieldwork.core.field.SignatureImage;
import com.fieldwork.core.schedule.NewVisit;
import com.fieldwork.core.schedule.VisitPlan;
import com.fieldwork.core.security.PermissionDeniedException;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderClosedException;
import com.fieldwork.core.workorder.WorkOrderEdit;
import com.fieldwork.core.workorder.WorkOrderService;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.inventory.JooqStockLedger;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.workorder.WorkOrderWiring;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every way of changing a job's record is refused once the order is closed, with a message naming the order
 * and the change, and nothing is written (no row, no audit, no feed entry); only a manager's reopen with a
 * reason gets out of Closed.
 */
class ClosedWorkOrderIsImmutableTest extends DatabaseTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dataDir;

    private FieldWorld world;
    private FileContentStore store;
    private WorkOrderService service;
    private Actor manager;
    private WorkOrder closed;
    private long item;

    @BeforeEach
    void closeTheJob() {
        world = new FieldWorld(dsl());
        store = new FileContentStore(dataDir);
        item = world.seed.checklistItem(world.template, 1, "Gas supply turned off?", "YES_NO", true);
        manager = world.seed.user(Role.OPERATIONS_MANAGER, world.seed.branch());
        service = WorkOrderWiring.over(dsl(), world.clock).service();
        WorkOrder order = service.get(world.workOrder, manager);
        for (WorkOrderStatus next : List.of(WorkOrderStatus.ASSIGNED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ARRIVED,
                WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED)) {
            world.clock.advance(Duration.ofMinutes(10));
            order = service.changeStatus(order.id(), order.version(), StatusChange.to(next), manager);
        }
        closed = order;
    }

    @Test
    void notesAreRefused() {
        assertRefused(() -> service.addNote(world.workOrder, "forgot to say", false, world.technician), "adding a note");
    }

    @Test
    void laborIsRefused() {
        assertRefused(() -> new JooqLaborEntries(dsl(), world.clock).record(new NewLaborEntry(UUID.randomUUID(),
                world.workOrder, OptionalLong.of(world.visit), world.clock.instant().minus(Duration.ofHours(2)),
                world.clock.instant().minus(Duration.ofHours(1)), true, Optional.empty()), world.technician),
                "recording labor");
    }

    @Test
    void partsUsedAndReservationsAreRefused() {
        long part = world.seed.part();
        JooqStockLedger ledger = new JooqStockLedger(dsl(), world.clock);
        assertRefused(() -> ledger.consumeOnce(UUID.randomUUID(), 1, part, BigDecimal.ONE, world.workOrder,
                world.technician), "booking parts to it");
        assertRefused(() -> ledger.reserve(world.workOrder, 1, part, BigDecimal.ONE, manager), "booking parts to it");
        assertRefused(() -> ledger.returnFromJobOnce(UUID.randomUUID(), world.workOrder, 1, part, BigDecimal.ONE,
                Optional.empty(), world.technician), "returning parts from it");
    }

    @Test
    void checklistAnswersAreRefused() {
        assertRefused(() -> new JooqChecklistAnswers(dsl(), world.clock).answer(world.workOrder, item,
                new ChecklistAnswer.YesNo(false), world.technician), "answering a checklist item");
    }

    @Test
    void photosDocumentsAndSignaturesAreRefused() {
        JooqAttachmentRepository attachments = new JooqAttachmentRepository(dsl(), world.clock);
        var content = store.put(PNG);
        assertRefused(() -> attachments.createPhoto(new NewPhoto(UUID.randomUUID(), world.workOrder,
                OptionalLong.of(world.visit), "after.png", Optional.empty(), Optional.empty(), ImageType.PNG, content),
                world.technician), "adding a photo");
        assertRefused(() -> attachments.createDocument(new NewDocument(world.workOrder, "permit.png", DocumentType.PNG,
                content), manager), "attaching a file");
        assertRefused(() -> new JooqSignatureRepository(dsl(), world.clock).capture(new NewSignature(UUID.randomUUID(),
                world.workOrder, OptionalLong.of(world.visit), "Dana", world.clock.instant(),
                Optional.of(new GeoPoint(39.75, -104.99)), new SignatureImage.Png(PNG)), content, world.technician),
                "capturing a signature");
    }

    @Test
    void visitsCannotBePlannedOrMoved() {
        var visits = WorkOrderWiring.over(dsl(), world.clock).visits();
        TimeSlot tomorrow = TimeSlot.of(world.clock.instant().plus(Duration.ofDays(1)), Duration.ofHours(1));
        long version = visits.find(world.visit).orElseThrow().version();
        assertRefused(() -> visits.create(new NewVisit(world.workOrder, world.technician.technicianId(),
                Optional.of(tomorrow), false), manager), "planning a visit");
        assertRefused(() -> visits.replan(world.visit, version, new VisitPlan(OptionalLong.empty(), Optional.of(tomorrow),
                false), manager, "customer asked"), "changing a visit");
    }

    @Test
    void theFormsEditIsRefused() {
        assertRefused(() -> service.edit(world.workOrder, closed.version(), new WorkOrderEdit(Priority.HIGH, "Changed",
                Optional.empty(), 30, OptionalLong.empty(), Optional.empty()), manager), "editing it");
        // and below the service, for a caller that skips it
        assertRefused(() -> WorkOrderWiring.over(dsl(), world.clock).workOrders().edit(world.workOrder, closed.version(),
                new WorkOrderEdit(Priority.HIGH, "Changed", Optional.empty(), 30, OptionalLong.empty(),
                        Optional.empty()), manager), "editing it");
    }

    @Test
    void anyStatusButTheReopenIsRefused() {
        assertRefused(() -> service.changeStatus(world.workOrder, closed.version(),
                StatusChange.to(WorkOrderStatus.IN_PROGRESS), manager), "moving it to In progress");
        assertRefused(() -> WorkOrderWiring.over(dsl(), world.clock).workOrders().changeStatus(closed, closed.version(),
                StatusChange.to(WorkOrderStatus.CANCELLED), manager), "moving it to Cancelled");
    }

    @Test
    void aReopenNeedsAReasonAndAManager() {
        int audit = world.auditRows();
        assertThatThrownBy(() -> service.changeStatus(world.workOrder, closed.version(),
                StatusChange.to(WorkOrderStatus.COMPLETED), manager))
                .isInstanceOf(ValidationException.class).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> service.changeStatus(world.workOrder, closed.version(),
                StatusChange.to(WorkOrderStatus.COMPLETED).because("wrong part booked"), world.dispatcher))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(world.auditRows()).isEqualTo(audit);

        WorkOrder reopened = service.changeStatus(world.workOrder, closed.version(),
                StatusChange.to(WorkOrderStatus.COMPLETED).because("wrong part booked"), manager);

        assertThat(reopened.status()).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(dsl().select(AUDIT_LOG.REASON).from(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq("work_order"))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne(AUDIT_LOG.REASON)).isEqualTo("wrong part booked");
        // open again: the correction can be made
        service.addNote(world.workOrder, "booked the right part", true, manager);
    }

    private void assertRefused(ThrowingCallable change, String what) {
        int audit = world.auditRows();
        int feed = world.feedRows();
        var row = dsl().selectFrom(WORK_ORDER).where(WORK_ORDER.ID.eq(world.workOrder)).fetchSingle();

        assertThatThrownBy(change).isInstanceOf(WorkOrderClosedException.class)
                .hasMessageStartingWith(closed.number() + " is Closed, so " + what)
                .hasMessageContaining("reopen");

        assertThat(world.auditRows()).isEqualTo(audit);
        assertThat(world.feedRows()).isEqualTo(feed);
        assertThat(dsl().selectFrom(WORK_ORDER).where(WORK_ORDER.ID.eq(world.workOrder)).fetchSingle()).isEqualTo(row);
    }
}
