package com.fieldwork.db.field;

import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.completion.CompletionRequest;
import com.fieldwork.core.completion.JobCompletion;
import com.fieldwork.core.completion.JobEvidence;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.ImageType;
import com.fieldwork.core.field.NewPhoto;
import com.fieldwork.core.field.NewSignature;
import com.fieldwork.core.field.SignatureImage;
import com.fieldwork.core.report.ReportNotReadyException;
import com.fieldwork.core.report.ServiceReport;
import com.fieldwork.core.report.ServiceReports;
import com.fieldwork.core.workorder.StatusChange;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderService;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.catalog.JooqTemplateRepository;
import com.fieldwork.db.completion.JooqCompletionRecords;
import com.fieldwork.db.report.ServiceReportWiring;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.workorder.WorkOrderWiring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A job completed with proof gets its report at once, as a REPORT attachment, audited and on the feed; the
 * report holds the proof (checklist, photo, signature, position, first-time fix, confirmation). Drawn here by a
 * recording fake: the PDF itself is documents' business and is read back there.
 */
class ServiceReportsTest extends DatabaseTest {

    static final GeoPoint SITE = new GeoPoint(39.75, -104.99);

    @TempDir
    Path dataDir;

    private FieldWorld world;
    private FileContentStore store;
    private WorkOrderService service;
    private ServiceReports reports;
    private final List<ServiceReport> drawn = new ArrayList<>();
    private long gasOff;
    private long remarks;

    @BeforeEach
    void world() {
        world = new FieldWorld(dsl());
        store = new FileContentStore(dataDir);
        service = WorkOrderWiring.over(dsl(), world.clock).service();
        reports = ServiceReportWiring.over(dsl(), world.clock, store, (report, images) -> {
            drawn.add(report);
            return ("%PDF-1.4 report " + drawn.size()).getBytes(StandardCharsets.US_ASCII);
        });
        gasOff = world.seed.checklistItem(world.template, 1, "Gas supply turned off?", "YES_NO", true);
        remarks = world.seed.checklistItem(world.template, 2, "Remarks", "TEXT", false);
    }

    @Test
    void completingAJobMakesItsReportWithTheProof() throws Exception {
        completeWithProof();

        assertThat(drawn).hasSize(1);
        ServiceReport report = drawn.get(0);
        assertThat(report.header().workOrderId()).isEqualTo(world.workOrder);
        assertThat(report.header().status()).isEqualTo("Completed");
        assertThat(report.checklist()).extracting(ServiceReport.ChecklistLine::question)
                .containsExactly("Gas supply turned off?", "Remarks");
        assertThat(report.checklist()).extracting(ServiceReport.ChecklistLine::answer)
                .containsExactly(Optional.of("Yes"), Optional.empty());
        assertThat(report.photos()).singleElement().satisfies(p -> {
            assertThat(p.caption()).contains("Flue after cleaning");
            assertThat(p.location()).contains(SITE);
        });
        assertThat(report.signature()).hasValueSatisfying(s -> {
            assertThat(s.signer()).isEqualTo("Dana Customer");
            assertThat(s.location()).contains(SITE);
        });
        assertThat(report.completion()).hasValueSatisfying(c -> {
            assertThat(c.location()).contains(SITE);
            assertThat(c.firstTimeFix()).isTrue();
            assertThat(c.customerConfirmed()).isTrue();
            assertThat(c.summary()).contains("Cleaned the flue");
            assertThat(c.completedBy()).isEqualTo(world.technician.displayName());
        });
        assertThat(report.technicians()).containsExactly(world.technician.displayName());
        assertThat(report.statuses()).extracting(ServiceReport.StatusLine::status).endsWith("Completed");

        Attachment pdf = reports.current(world.workOrder, world.technician);
        assertThat(pdf.kind()).isEqualTo(AttachmentKind.REPORT);
        assertThat(pdf.mimeType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).endsWith("service report.pdf");
        try (InputStream in = reports.open(pdf)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 report 1");
        }
        assertThat(drawn).hasSize(1);
    }

    @Test
    void regeneratingKeepsTheEarlierVersionAndIsAudited() {
        completeWithProof();
        Attachment first = reports.current(world.workOrder, world.dispatcher);
        int audit = world.auditRows("attachment");
        int feed = world.feedRows("attachment");
        world.clock.advance(Duration.ofMinutes(5));

        Attachment second = reports.regenerate(world.workOrder, world.dispatcher);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(reports.current(world.workOrder, world.technician)).isEqualTo(second);
        assertThat(dsl().fetchCount(ATTACHMENT, ATTACHMENT.KIND.eq("REPORT"))).isEqualTo(2);
        assertThat(world.auditRows("attachment")).isEqualTo(audit + 1);
        assertThat(world.feedRows("attachment")).isEqualTo(feed + 1);
    }

    @Test
    void aJobCompletedWithoutAReportGetsOneWhenFirstAskedFor() {
        WorkOrder order = service.get(world.workOrder, world.dispatcher);
        for (WorkOrderStatus next : List.of(WorkOrderStatus.ASSIGNED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ARRIVED,
                WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.COMPLETED)) {
            order = service.changeStatus(order.id(), order.version(), StatusChange.to(next), world.dispatcher);
        }
        assertThat(drawn).isEmpty();

        Attachment pdf = reports.current(world.workOrder, world.technician);

        assertThat(pdf.kind()).isEqualTo(AttachmentKind.REPORT);
        assertThat(drawn).singleElement().satisfies(r -> assertThat(r.completion()).isEmpty());
    }

    @Test
    void noReportBeforeCompletionNorForAnotherTechniciansJob() {
        assertThatThrownBy(() -> reports.current(world.workOrder, world.technician))
                .isInstanceOf(ReportNotReadyException.class)
                .hasMessageContaining("is made when the job is completed; it is Pending now");
        completeWithProof();
        assertThatThrownBy(() -> reports.current(world.workOrder, world.otherTechnician))
                .isInstanceOf(NotFoundException.class);
        assertThat(dsl().fetchCount(ATTACHMENT, ATTACHMENT.KIND.eq("REPORT"))).isEqualTo(1);
    }

    private void completeWithProof() {
        WorkOrder order = service.get(world.workOrder, world.dispatcher);
        for (WorkOrderStatus next : List.of(WorkOrderStatus.ASSIGNED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ARRIVED,
                WorkOrderStatus.IN_PROGRESS)) {
            world.clock.advance(Duration.ofMinutes(10));
            order = service.changeStatus(order.id(), order.version(), StatusChange.to(next), world.dispatcher);
        }
        var answers = new JooqChecklistAnswers(dsl(), world.clock);
        var attachments = new JooqAttachmentRepository(dsl(), world.clock);
        var signatures = new JooqSignatureRepository(dsl(), world.clock);
        answers.answer(world.workOrder, gasOff, new ChecklistAnswer.YesNo(true), world.technician);
        attachments.createPhoto(new NewPhoto(UUID.randomUUID(), world.workOrder, OptionalLong.of(world.visit),
                "flue.png", Optional.of("Flue after cleaning"), Optional.of(SITE), ImageType.PNG,
                store.put(ClosedWorkOrderIsImmutableTest.PNG)), world.technician);
        signatures.capture(new NewSignature(UUID.randomUUID(), world.workOrder, OptionalLong.of(world.visit),
                "Dana Customer", world.clock.instant(), Optional.of(SITE), new SignatureImage.Png(
                        ClosedWorkOrderIsImmutableTest.PNG)), store.put(ClosedWorkOrderIsImmutableTest.PNG),
                world.technician);
        JobCompletion completion = new JobCompletion(service, new JobEvidence(new JooqTemplateRepository(dsl(), world.clock),
                answers, attachments, signatures), new JooqCompletionRecords(dsl(), world.clock), world.clock,
                (job, actor) -> reports.generateFor(job.workOrder().id(), actor));
        completion.complete(world.technician, world.workOrder, new CompletionRequest(OptionalLong.empty(),
                Optional.empty(), Optional.of(SITE), true, true, Optional.of("Cleaned the flue"), OptionalLong.empty(),
                Optional.empty()));
    }
}
