package com.fieldwork.console.workorder.records;

import com.fieldwork.console.shell.ViewContext;
import com.fieldwork.core.security.Permission;
import com.fieldwork.core.technician.Technician;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The work order's tabs of what technicians recorded on the job (photos and signature, parts, labor): built with
 * their view models, told which order is shown, read when first selected and again on a change-feed row of
 * their kind, and unsubscribed from the feed on {@link #close()}.
 */
public final class RecordsTabs implements AutoCloseable {

    private final JobPhotosViewModel photos;
    private final JobPartsViewModel parts;
    private final JobLaborViewModel labor;
    private final JobFilesViewModel files;
    private final Optional<JobCostViewModel> costing;
    private final ServiceReportViewModel report;
    private final Tab photosTab;
    private final Tab partsTab;
    private final Tab laborTab;
    private final Tab filesTab;
    private final Optional<Tab> costingTab;
    private final List<AutoCloseable> subscriptions = new ArrayList<>();

    /** @param window the window a full-size picture opens over */
    public RecordsTabs(ViewContext context, Supplier<Window> window) {
        var services = context.services();
        var records = services.records();
        photos = new JobPhotosViewModel(records.reads(), records.signatures(), records.files(), context.executor(),
                services.zone());
        parts = new JobPartsViewModel(records.reads(), context.executor(), services.zone());
        labor = new JobLaborViewModel(records.labor(),
                id -> services.technicians().find(id).map(Technician::name), context.executor(), services.zone());
        files = new JobFilesViewModel(records.reads(), records.documents(), context.executor(), context.actor(),
                services.zone());
        photosTab = tab("Photos & signature", "tab-photos", new JobPhotosView(photos, window).node(), photos);
        PartsReturns returns = new PartsReturns(records.reads(), services.workOrders(),
                services.schedule().stockLocations(), services.schedule().stock(), context.executor(), context.actor());
        partsTab = tab("Parts", "tab-parts", RecordTables.parts(parts, returns, window), parts);
        laborTab = tab("Labor", "tab-labor", RecordTables.labor(labor), labor);
        report = new ServiceReportViewModel(records.reports(), records.viewer(), context.executor(), context.actor(),
                Path.of(System.getProperty("java.io.tmpdir"), "fieldwork-reports"));
        filesTab = tab("Files", "tab-files", RecordTables.files(files, report, window), files);
        // what a job cost and earned is for those who see the books, not for every dispatcher
        costing = context.actor().can(Permission.REPORT_VIEW)
                ? Optional.of(new JobCostViewModel(services.inventory().costs(), context.executor()))
                : Optional.empty();
        costingTab = costing.map(model -> tab("Costing", "tab-costing", RecordTables.costing(model), model));
        List<LazyRecordsTab> models = new ArrayList<>(List.of(photos, parts, labor, files));
        costing.ifPresent(models::add);
        for (LazyRecordsTab model : models) {
            for (String entity : model.entities()) {
                subscriptions.add(context.changes().subscribe(entity, model::onChanges));
            }
        }
    }

    private static Tab tab(String title, String id, Node content, LazyRecordsTab model) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        // selected means shown: a tab reads its records the first time it is looked at, not before
        tab.selectedProperty().addListener((obs, was, is) -> model.setVisible(is));
        return tab;
    }

    /** The tabs in the order the work order shows them. */
    public List<Tab> tabs() {
        List<Tab> tabs = new ArrayList<>(List.of(photosTab, partsTab, laborTab, filesTab));
        costingTab.ifPresent(tabs::add);
        return List.copyOf(tabs);
    }

    public void show(long workOrderId) {
        photos.show(workOrderId);
        parts.show(workOrderId);
        labor.show(workOrderId);
        files.show(workOrderId);
        costing.ifPresent(model -> model.show(workOrderId));
        report.show(workOrderId);
    }

    @Override
    public void close() {
        for (AutoCloseable subscription : subscriptions) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
