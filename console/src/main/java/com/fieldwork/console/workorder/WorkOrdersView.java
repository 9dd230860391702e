package com.fieldwork.console.workorder;

import com.fieldwork.console.shell.ConsoleView;
import com.fieldwork.console.shell.ViewContext;
import com.fieldwork.console.workorder.records.RecordsTabs;
import com.fieldwork.core.organisation.Branch;
import com.fieldwork.core.workorder.WorkOrderSort;
import com.fieldwork.core.workorder.WorkOrderStatus;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Work orders: the filtered, keyset-paged list on the left (more rows load when the last one scrolls
 * into view), the selected order's form and detail tabs on the right. Rows refresh from the change feed.
 */
public final class WorkOrdersView implements ConsoleView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final ViewContext context;
    private final WorkOrderListViewModel list;
    private final WorkOrderFormViewModel form;
    private final WorkOrderDetailViewModel detail;
    private final TextField search = new TextField();
    private final TableView<WorkOrderRow> table;
    private final WorkOrderFormView formView;
    private final TabPane tabs = new TabPane();
    private final SplitPane root;
    private final AutoCloseable subscription;
    private final RecordsTabs records;

    public WorkOrdersView(ViewContext context) {
        this.context = context;
        var services = context.services();
        list = new WorkOrderListViewModel(services.workOrders(), services.customers(), services.branches(),
                context.executor());
        form = new WorkOrderFormViewModel(services, context.executor(), context.actor());
        detail = new WorkOrderDetailViewModel(services, context.executor());
        table = table();
        // the saved order reaches the list through the change feed, like anyone else's change
        formView = new WorkOrderFormView(form, services.zone(), saved -> show(saved.id()));

        BorderPane left = new BorderPane(table);
        left.setTop(toolbar());
        Label status = new Label();
        status.textProperty().bind(list.messageProperty());
        status.getStyleClass().add("text-muted");
        left.setBottom(new HBox(status));
        left.getBottom().getStyleClass().add("view-toolbar");

        tabs.setId("work-order-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        records = new RecordsTabs(context, () -> tabs.getScene().getWindow());
        tabs.getTabs().addAll(new Tab("Work order", formView.node()), lines("Visits", detail.visits()),
                lines("Status history", detail.history()), lines("Notes", detail.notes()));
        tabs.getTabs().addAll(records.tabs());
        tabs.getTabs().add(lines("Audit trail", detail.audit()));
        root = new SplitPane(left, tabs);
        tabs.setMinWidth(440);
        root.setDividerPositions(0.6);

        subscription = context.changes().subscribe(WorkOrderListViewModel.ENTITY, list::onChanges);
        form.loadChoices(list::start);
    }

    private HBox toolbar() {
        search.setId("work-order-search");
        search.setPromptText("Search number or summary (Ctrl+F)");
        search.setMinWidth(120);
        HBox.setHgrow(search, Priority.ALWAYS);
        PauseTransition typing = new PauseTransition(Duration.millis(300));
        typing.setOnFinished(e -> list.search());
        search.textProperty().bindBidirectional(list.textProperty());
        search.textProperty().addListener((obs, old, now) -> typing.playFromStart());

        ComboBox<WorkOrderStatus> status = filter("filter-status", "Any status",
                FXCollections.observableArrayList(WorkOrderStatus.values()), WorkOrderStatus::label);
        status.valueProperty().bindBidirectional(list.statusProperty());
        ComboBox<com.fieldwork.core.workorder.Priority> priority = filter("filter-priority", "Any priority",
                FXCollections.observableArrayList(com.fieldwork.core.workorder.Priority.values()),
                com.fieldwork.core.workorder.Priority::label);
        priority.valueProperty().bindBidirectional(list.priorityProperty());
        ComboBox<Branch> branch = filter("filter-branch", "Any branch", list.branchChoices(), Branch::name);
        branch.valueProperty().bindBidirectional(list.branchProperty());
        status.valueProperty().addListener((obs, old, now) -> list.search());
        priority.valueProperty().addListener((obs, old, now) -> list.search());
        branch.valueProperty().addListener((obs, old, now) -> list.search());

        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            status.setValue(null);
            priority.setValue(null);
            branch.setValue(null);
            search.clear();
        });
        clear.setMinWidth(Region.USE_PREF_SIZE);
        Button create = new Button("New (Ctrl+N)");
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.setId("work-order-new");
        create.setDisable(!form.mayCreate());
        create.setOnAction(e -> createNew());
        HBox bar = new HBox(search, status, priority, branch, clear, create);
        bar.getStyleClass().add("view-toolbar");
        return bar;
    }

    private TableView<WorkOrderRow> table() {
        TableView<WorkOrderRow> view = new TableView<>(list.rows());
        view.setId("work-order-table");
        // what a dispatcher sorts and triages by comes first, so it is in view on a laptop screen
        view.getColumns().add(sortable(column("Number", 155, r -> r.order().number().toString()), WorkOrderSort.NUMBER));
        view.getColumns().add(sortable(column("Priority", 110, r -> r.order().priority().label()), WorkOrderSort.PRIORITY));
        view.getColumns().add(sortable(column("Resolve by", 140, r -> r.order().slaDue()
                .map(d -> format(d.resolutionDue())).orElse("")), WorkOrderSort.RESOLVE_BY));
        view.getColumns().add(column("Status", 100, r -> r.order().status().label()));
        view.getColumns().add(column("Summary", 220, r -> r.order().summary()));
        view.getColumns().add(column("Customer", 170, WorkOrderRow::customerName));
        view.getColumns().add(column("Branch", 110, WorkOrderRow::branchName));
        view.getColumns().add(sortable(column("Created", 110, r -> format(r.order().created().at())),
                WorkOrderSort.NEWEST));
        // the database sorts (over all rows, keyset-paged); the table only tells it which order was clicked
        view.setSortPolicy(this::sortInDatabase);
        view.setPlaceholder(new Label("No work orders match"));
        view.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(WorkOrderRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("priority-emergency", "priority-high");
                if (!empty && item != null) {
                    switch (item.order().priority()) {
                        case EMERGENCY -> getStyleClass().add("priority-emergency");
                        case HIGH -> getStyleClass().add("priority-high");
                        default -> { }
                    }
                    // the last loaded row came into view: fetch the next page
                    if (getIndex() == list.rows().size() - 1 && list.hasMore()) {
                        list.loadMore();
                    }
                }
            }
        });
        view.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                form.edit(now.id());
                show(now.id());
            }
        });
        return view;
    }

    private boolean sortInDatabase(TableView<WorkOrderRow> view) {
        Optional<TableColumn<WorkOrderRow, ?>> first = view.getSortOrder().stream().findFirst();
        Optional<WorkOrderSort> column = first.map(c -> (WorkOrderSort) c.getUserData());
        boolean ascending = first.map(c -> c.getSortType() == TableColumn.SortType.ASCENDING).orElse(true);
        if (!HeaderSort.shown(column, ascending)) {
            // not while the table is in the middle of sorting: the next pulse clears the arrow
            Platform.runLater(() -> view.getSortOrder().clear());
        }
        list.sortBy(HeaderSort.of(column, ascending));
        return true;
    }

    /** Only columns the database can order by are sortable; {@code sort} is what a click asks for. */
    private static TableColumn<WorkOrderRow, String> sortable(TableColumn<WorkOrderRow, String> column,
                                                              WorkOrderSort sort) {
        column.setSortable(true);
        column.setUserData(sort);
        return column;
    }

    private String format(Instant instant) {
        return WHEN.format(instant.atZone(context.services().zone()));
    }

    private static TableColumn<WorkOrderRow, String> column(String title, double width,
                                                              Function<WorkOrderRow, String> value) {
        TableColumn<WorkOrderRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        // the header takes the column's id: "work-order-column-resolve-by" for tests and keyboard help
        column.setId("work-order-column-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static Tab lines(String title, ObservableList<String> lines) {
        ListView<String> view = new ListView<>(lines);
        view.setPlaceholder(new Label("Nothing yet"));
        return new Tab(title, view);
    }

    private static <T> ComboBox<T> filter(String id, String prompt, ObservableList<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText(prompt);
        box.setPrefWidth(125);
        box.setMinWidth(90);
        box.setConverter(new LabelConverter<>(text, prompt));
        return box;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void createNew() {
        if (!form.mayCreate()) {
            return;
        }
        table.getSelectionModel().clearSelection();
        form.startNew();
        tabs.getSelectionModel().selectFirst();
        formView.focus();
    }

    @Override
    public void openWorkOrder(long workOrderId) {
        table.getSelectionModel().clearSelection();
        form.edit(workOrderId);
        show(workOrderId);
        tabs.getSelectionModel().selectFirst();
    }

    private void show(long workOrderId) {
        detail.show(workOrderId);
        records.show(workOrderId);
    }

    @Override
    public void dispose() {
        records.close();
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
