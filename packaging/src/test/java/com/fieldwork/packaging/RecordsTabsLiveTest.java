package com.fieldwork.packaging;

import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.console.workorder.records.JobLaborViewModel;
import com.fieldwork.console.workorder.records.JobPartsViewModel;
import com.fieldwork.console.workorder.records.JobPhotosViewModel;
import com.fieldwork.console.workorder.records.LazyRecordsTab;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.field.NewLaborEntry;
import com.fieldwork.core.field.PhotoDetails;
import com.fieldwork.core.inventory.JobPartsUse;
import com.fieldwork.core.inventory.PartUse;
import com.fieldwork.core.inventory.StockLevel;
import com.fieldwork.core.inventory.StockLocation;
import com.fieldwork.core.technician.Technician;
import com.fieldwork.core.workorder.WorkOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records tabs on the wired console's services: a photo, parts and labor recorded through the code the
 * field API runs reach each open tab through the change feed (so the tabs' entity names match what db writes).
 */
class RecordsTabsLiveTest {

    private final LaunchedDemo demo = LaunchedDemo.get();
    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();

    /**
     * Decoding a picture needs the JavaFX toolkit (headless on Monocle in the build), though no window opens;
     * started the way TestFX starts it, so the UI tests in the same JVM find it as they expect.
     */
    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void whatAPhoneRecordsReachesTheOpenTabsThroughTheChangeFeed() throws Exception {
        var services = demo.services();
        var records = services.records();
        JobPhotosViewModel photos = new JobPhotosViewModel(records.reads(), records.signatures(), records.files(),
                executor, services.zone());
        JobPartsViewModel parts = new JobPartsViewModel(records.reads(), executor, services.zone());
        JobLaborViewModel labor = new JobLaborViewModel(records.labor(),
                id -> services.technicians().find(id).map(Technician::name), executor, services.zone());
        WorkOrder order = demo.pendingOrder(11);
        for (LazyRecordsTab tab : List.of(photos, parts, labor)) {
            tab.show(order.id());
            tab.setVisible(true);
        }
        assertThat(photos.photos()).isEmpty();
        assertThat(parts.rows()).isEmpty();
        assertThat(labor.rows()).isEmpty();
        long seq = services.changeFeed().latestSeq();

        Actor technician = demo.technicianActor();
        records.files().upload(new PhotoDetails(UUID.randomUUID(), order.id(), OptionalLong.empty(), "meter.png",
                Optional.of("Meter reading"), Optional.empty()), new ByteArrayInputStream(png()), technician);
        Instant start = services.clock().instant().minus(Duration.ofDays(400));
        records.labor().record(new NewLaborEntry(UUID.randomUUID(), order.id(), OptionalLong.empty(), start,
                start.plus(Duration.ofMinutes(45)), true, Optional.of("Diagnosis")), technician);
        StockLocation van = services.schedule().stockLocations().vanOf(technician.technicianId().getAsLong()).orElseThrow();
        StockLevel stocked = services.schedule().stock().levelsAt(van.id()).stream()
                .filter(level -> level.onHand().subtract(level.reserved()).compareTo(BigDecimal.ONE) >= 0)
                .findFirst().orElseThrow();
        new JobPartsUse(services.schedule().stock(), services.schedule().stockLocations(), services.parts())
                .use(technician, order.id(), new PartUse(OptionalLong.of(stocked.partId()), Optional.empty(),
                        BigDecimal.ONE, UUID.randomUUID()));

        List<Change> changes = services.changeFeed().since(seq, 100);
        for (LazyRecordsTab tab : List.of(photos, parts, labor)) {
            tab.onChanges(changes);
        }

        assertThat(photos.photos()).singleElement().satisfies(photo -> {
            assertThat(photo.title()).isEqualTo("Meter reading");
            assertThat(photo.imageProperty().get()).isNotNull();
        });
        assertThat(parts.rows()).singleElement().satisfies(part -> assertThat(part.location()).isEqualTo(van.name()));
        assertThat(labor.rows()).singleElement().satisfies(line -> {
            assertThat(line.length()).isEqualTo("45 min");
            assertThat(line.note()).isEqualTo("Diagnosis");
        });
        assertThat(labor.totalProperty().get()).isEqualTo("Total 0.75 h (45 min) in 1 entry, all billable");
    }

    private static byte[] png() throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
