package com.fieldwork.console.workorder.records;

import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.audit.ChangeOperation;
import com.fieldwork.core.field.LaborEntry;
import com.fieldwork.core.fieldjob.AttachmentInfo;
import com.fieldwork.core.fieldjob.JobRecordReads;
import com.fieldwork.core.fieldjob.PartUsedOnJob;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeoutException;

import static com.fieldwork.console.workorder.records.JobRecordsFake.JOB;
import static com.fieldwork.console.workorder.records.JobRecordsFake.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** The photos, parts and labor tabs' view models on in-memory records, with no screen. */
class JobRecordsViewModelsTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");

    private final JobRecordsFake records = new JobRecordsFake();
    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    private final JobPhotosViewModel photos = new JobPhotosViewModel(records, records.signatureRows(),
            records.uploads(), executor, DENVER);
    private final JobPartsViewModel parts = new JobPartsViewModel(records, executor, DENVER);
    private final JobLaborViewModel labor = new JobLaborViewModel(records.laborEntries(),
            id -> id == 3 ? Optional.of("Robert Chen") : Optional.empty(), executor, DENVER);

    /**
     * Decoding a picture needs the JavaFX toolkit (headless on Monocle in the build), though no window opens;
     * started the way TestFX starts it, so the UI tests in the same JVM find it as they expect.
     */
    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void photosShowAsThumbnailsWithCaptionTakerAndTimeAndTheSignatureWithItsSigner() {
        records.photo("Unit as found", JobRecordsFake.png(800, 600), T0);
        records.photo(null, JobRecordsFake.png(640, 480), T0.plus(Duration.ofMinutes(30)));
        records.signature("Ann Owner", T0.plus(Duration.ofMinutes(50)));

        photos.show(JOB);
        photos.setVisible(true);

        assertThat(photos.photos()).extracting(RecordImage::title).containsExactly("Unit as found", "IMG_2.png");
        assertThat(photos.photos().get(0).detail()).isEqualTo("Robert Chen, 10 Mar 2026 09:00");
        assertThat(photos.photos()).allSatisfy(tile -> {
            assertThat(tile.problemProperty().get()).isEmpty();
            assertThat(tile.imageProperty().get()).isNotNull();
            assertThat(tile.imageProperty().get().getWidth()).isEqualTo(JobPhotosViewModel.THUMBNAIL_WIDTH);
        });
        assertThat(photos.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.title()).isEqualTo("Signed by Ann Owner");
            assertThat(signature.detail()).isEqualTo("10 Mar 2026 09:50, on Robert Chen's phone");
            assertThat(signature.imageProperty().get()).isNotNull();
        });
        assertThat(photos.messageProperty().get()).isEmpty();
    }

    @Test
    void aMissingOrCorruptFileShowsAMessageInItsTileAndTheOthersStillLoad() {
        records.photo("Gone", null, T0);
        records.photo("Garbled", "not a picture at all".getBytes(StandardCharsets.UTF_8), T0);
        records.photo("Fine", JobRecordsFake.png(400, 300), T0);

        photos.show(JOB);
        photos.setVisible(true);

        assertThat(photos.photos().get(0).problemProperty().get()).isEqualTo("The file of this picture is missing");
        assertThat(photos.photos().get(1).problemProperty().get()).startsWith("Cannot show this picture");
        assertThat(photos.photos().get(0).imageProperty().get()).isNull();
        assertThat(photos.photos().get(1).imageProperty().get()).isNull();
        assertThat(photos.photos().get(2).imageProperty().get()).isNotNull();

        photos.openLarge(photos.photos().get(0));
        assertThat(photos.largeProperty().get().problemProperty().get()).isEqualTo("The file of this picture is missing");
    }

    @Test
    void aClickedThumbnailOpensThePictureAtItsOwnSize() {
        records.photo("Data plate", JobRecordsFake.png(1200, 900), T0);
        photos.show(JOB);
        photos.setVisible(true);

        photos.openLarge(photos.photos().get(0));

        RecordImage large = photos.largeProperty().get();
        assertThat(large.title()).isEqualTo("Data plate");
        assertThat(large.imageProperty().get().getWidth()).isEqualTo(1200);
        photos.closeLarge();
        assertThat(photos.largeProperty().get()).isNull();
    }

    @Test
    void aJobWithNothingRecordedSaysSoOnEveryTab() {
        List.of(photos, parts, labor).forEach(tab -> {
            tab.show(JOB);
            tab.setVisible(true);
        });

        assertThat(photos.photos()).isEmpty();
        assertThat(photos.signatures()).isEmpty();
        assertThat(photos.messageProperty().get()).isEqualTo("No photos or signature recorded on this job yet");
        assertThat(parts.rows()).isEmpty();
        assertThat(parts.messageProperty().get()).isEqualTo("No parts used on this job yet");
        assertThat(parts.totalProperty().get()).isEmpty();
        assertThat(labor.rows()).isEmpty();
        assertThat(labor.messageProperty().get()).isEqualTo("No labor recorded on this job yet");
        assertThat(labor.totalProperty().get()).isEmpty();
    }

    @Test
    void aFailedReadSaysSoInsteadOfRows() {
        JobPartsViewModel failing = new JobPartsViewModel(new JobRecordReads() {
            @Override
            public List<AttachmentInfo> attachments(long workOrderId) {
                throw new IllegalStateException("database unreachable");
            }

            @Override
            public List<PartUsedOnJob> partsUsed(long workOrderId) {
                throw new IllegalStateException("database unreachable");
            }
        }, executor, DENVER);

        failing.show(JOB);
        failing.setVisible(true);

        assertThat(failing.rows()).isEmpty();
        assertThat(failing.messageProperty().get()).isEqualTo("Could not load the parts: database unreachable");
    }

    @Test
    void partsListWhatWhereFromWhoWhenAndPriceWithATotal() {
        records.parts.add(part(1, "FLT-16", "Furnace filter 16x25", "2", false, "9.50"));
        records.parts.add(part(2, "TSTAT-1", "Thermostat", "1", false, "84.00"));
        records.parts.add(part(1, "FLT-16", "Furnace filter 16x25", "1", true, "9.50"));

        parts.show(JOB);
        parts.setVisible(true);

        assertThat(parts.rows()).hasSize(3);
        PartRow first = parts.rows().get(0);
        assertThat(first).isEqualTo(new PartRow("FLT-16", "Furnace filter 16x25", "2 ea", "Van A",
                "Robert Chen", "10 Mar 09:00", "9.50", "19.00"));
        assertThat(parts.rows().get(2).quantity()).isEqualTo("-1 ea");
        assertThat(parts.totalProperty().get()).isEqualTo("Total 93.50 at list price, 2 different parts");
        assertThat(parts.messageProperty().get()).isEmpty();
    }

    @Test
    void laborListsWhoAndWhenWithTheTotalInHours() {
        records.labor.add(labor(3, T0, Duration.ofMinutes(95), true, "Replaced the igniter"));
        records.labor.add(labor(4, T0.plus(Duration.ofHours(2)), Duration.ofMinutes(40), false, null));

        labor.show(JOB);
        labor.setVisible(true);

        assertThat(labor.rows()).containsExactly(
                new LaborRow("Robert Chen", "10 Mar 2026 09:00–10:35", "1 h 35 min", "Billable", "Replaced the igniter"),
                new LaborRow("Technician #4", "10 Mar 2026 11:00–11:40", "40 min", "Not billable", ""));
        assertThat(labor.totalProperty().get()).isEqualTo("Total 2.25 h (2 h 15 min) in 2 entries, 1.58 h billable");
    }

    @Test
    void aTabReadsOnlyOnceShownAndAgainOnlyOnAChangeOfItsKind() {
        records.labor.add(labor(3, T0, Duration.ofMinutes(30), true, null));
        labor.show(JOB);
        assertThat(records.reads).isZero();

        labor.setVisible(true);
        assertThat(records.reads).isEqualTo(1);
        assertThat(labor.rows()).hasSize(1);

        labor.onChanges(List.of(change("attachment")));
        assertThat(records.reads).isEqualTo(1);

        records.labor.add(labor(3, T0.plus(Duration.ofHours(1)), Duration.ofMinutes(20), true, null));
        labor.onChanges(List.of(change(JobLaborViewModel.ENTITY)));
        assertThat(records.reads).isEqualTo(2);
        assertThat(labor.rows()).hasSize(2);

        // hidden: a change only marks it, the read waits until the tab is looked at again
        labor.setVisible(false);
        labor.onChanges(List.of(change(JobLaborViewModel.ENTITY)));
        assertThat(records.reads).isEqualTo(2);
        labor.setVisible(true);
        assertThat(records.reads).isEqualTo(3);
    }

    @Test
    void anotherWorkOrderEmptiesTheTabAtOnce() {
        records.labor.add(labor(3, T0, Duration.ofMinutes(30), true, null));
        labor.show(JOB);
        labor.setVisible(true);
        labor.setVisible(false);

        labor.show(JOB + 1);

        assertThat(labor.rows()).isEmpty();
        assertThat(labor.totalProperty().get()).isEmpty();
    }

    private static PartUsedOnJob part(long partId, String sku, String name, String quantity, boolean returned,
                                      String price) {
        return new PartUsedOnJob(partId * 10, partId, sku, name, "ea", new BigDecimal(quantity), returned, "VAN-A",
                "Van A", "Robert Chen", T0, new BigDecimal(price));
    }

    private static LaborEntry labor(long technician, Instant start, Duration length, boolean billable, String note) {
        return new LaborEntry(start.getEpochSecond(), JOB, OptionalLong.empty(), technician, start, start.plus(length),
                billable, Optional.ofNullable(note), Optional.empty());
    }

    private static Change change(String entity) {
        return new Change(1, entity, "1", ChangeOperation.INSERT, OptionalLong.empty(), T0);
    }
}
