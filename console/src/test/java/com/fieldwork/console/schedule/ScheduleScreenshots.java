package com.fieldwork.console.schedule;

import atlantafx.base.theme.PrimerLight;
import com.fieldwork.console.calendar.CalendarScope;
import com.fieldwork.console.calendar.CalendarView;
import com.fieldwork.console.customer.CustomerView;
import com.fieldwork.console.map.MapView;
import com.fieldwork.console.task.FxTaskExecutor;
import com.fieldwork.console.technician.TechnicianView;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.Site;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Writes PNGs of the map and the calendar on the demo company (offline: the map has no tiles), for a
 * person to look at: {@code ScheduleScreenshots OUT_DIR}. Runs headless on Monocle or on a display.
 */
public final class ScheduleScreenshots {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleScreenshots.class);

    private ScheduleScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(10, TimeUnit.SECONDS);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        try (DemoSchedule demo = DemoSchedule.open(); FxTaskExecutor executor = new FxTaskExecutor(2)) {
            long mapStart = System.nanoTime();
            MapView map = onFx(() -> ScheduleDemoViews.map(demo, executor));
            Stage mapStage = onFx(() -> show(map, "Map"));
            waitFor(() -> !map.model().loadingProperty().get() && !map.model().jobs().isEmpty(), 60);
            LOG.info("map of the day loaded in {} ms", (System.nanoTime() - mapStart) / 1_000_000);
            long again = System.nanoTime();
            onFx(() -> {
                map.model().load();
                return null;
            });
            waitFor(() -> !map.model().loadingProperty().get(), 60);
            LOG.info("map of the day loaded again (warm) in {} ms", (System.nanoTime() - again) / 1_000_000);
            Thread.sleep(1500);
            snapshot(mapStage, out.resolve("map-offline.png"));
            onFx(() -> {
                routeOfBusiest(map).ifPresent(map.model().selectedTechnicianProperty()::set);
                return null;
            });
            Thread.sleep(1000);
            snapshot(mapStage, out.resolve("map-offline-route.png"));

            long calendarStart = System.nanoTime();
            CalendarView calendar = onFx(() -> ScheduleDemoViews.calendar(demo, executor, (v, when, c) -> Optional.empty()));
            Stage calendarStage = onFx(() -> show(calendar, "Calendar"));
            waitFor(() -> !calendar.model().visits().isEmpty() && !calendar.model().loadingProperty().get(), 90);
            LOG.info("team week calendar ({} visits) loaded in {} ms", calendar.model().visits().size(),
                    (System.nanoTime() - calendarStart) / 1_000_000);
            Thread.sleep(1500);
            snapshot(calendarStage, out.resolve("calendar-week-team.png"));
            onFx(() -> {
                calendar.model().scopeProperty().set(calendar.model().scopes().stream().filter(s -> !s.team())
                        .max(Comparator.comparingInt(s -> demoVisitsOf(demo, s))).orElseThrow());
                return null;
            });
            waitFor(() -> !calendar.model().loadingProperty().get(), 60);
            Thread.sleep(1000);
            snapshot(calendarStage, out.resolve("calendar-week-technician.png"));

            CustomerView customers = onFx(() -> ScheduleDemoViews.customers(demo, executor));
            Stage customerStage = onFx(() -> show(customers, "Customers"));
            waitFor(() -> !customers.model().customers().isEmpty(), 30);
            Customer withHistory = customerWithHistory(demo, customers.model().customers());
            onFx(() -> {
                customers.model().selectedCustomerProperty().set(withHistory);
                return null;
            });
            waitFor(() -> !customers.model().assets().isEmpty(), 30);
            onFx(() -> {
                customers.model().selectedAssetProperty().set(customers.model().assets().stream()
                        .max(Comparator.comparingInt(a -> demo.customers().history(a.id()).size())).orElseThrow());
                return null;
            });
            waitFor(() -> !customers.model().history().isEmpty(), 30);
            Thread.sleep(800);
            snapshot(customerStage, out.resolve("customers-assets-history.png"));

            TechnicianView technicians = onFx(() -> ScheduleDemoViews.technicians(demo, executor));
            Stage technicianStage = onFx(() -> show(technicians, "Technicians"));
            waitFor(() -> !technicians.model().technicians().isEmpty(), 30);
            onFx(() -> {
                technicians.model().selectedProperty().set(technicians.model().technicians().get(0));
                return null;
            });
            waitFor(() -> !technicians.model().skills().isEmpty(), 30);
            Thread.sleep(800);
            snapshot(technicianStage, out.resolve("technicians.png"));
        } finally {
            Platform.exit();
        }
    }

    private static Optional<TechnicianSummary> routeOfBusiest(MapView map) {
        return map.model().technicians().stream().max(Comparator.comparingLong(t -> map.model().jobs().stream()
                .filter(j -> j.assignedTo(t.id())).count()));
    }

    /** A technician with a full week makes a telling picture: count their visits this week in the demo. */
    private static int demoVisitsOf(DemoSchedule demo, CalendarScope scope) {
        LocalDate monday = LocalDate.of(2026, 3, 9);
        ZoneId denver = ZoneId.of("America/Denver");
        return demo.ports().visits().forTechnician(scope.technicianIds().get(0), new TimeSlot(
                monday.atStartOfDay(denver).toInstant(), monday.plusDays(7).atStartOfDay(denver).toInstant())).size();
    }

    /** The first listed customer whose only or first site has an asset with some service history. */
    private static Customer customerWithHistory(DemoSchedule demo, List<Customer> shown) {
        for (Customer c : shown) {
            List<Site> sites = demo.customers().sites(c.id());
            if (sites.size() == 1 && demo.customers().assets(sites.get(0).id()).stream()
                    .anyMatch(a -> demo.customers().history(a.id()).size() >= 2)) {
                return c;
            }
        }
        return shown.get(0);
    }

    private static Stage show(Parent root, String title) {
        Stage stage = new Stage();
        stage.setTitle(title);
        stage.setScene(new Scene(root, 1400, 900));
        stage.show();
        return stage;
    }

    private static void snapshot(Stage stage, Path file) throws Exception {
        File png = file.toFile();
        onFx(() -> ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", png));
        LOG.info("wrote {}", png.getAbsolutePath());
    }

    private static void waitFor(BooleanSupplier condition, int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the view did not finish loading within " + seconds + " s");
            }
            Thread.sleep(200);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
