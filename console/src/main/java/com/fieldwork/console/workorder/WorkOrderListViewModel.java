package com.fieldwork.console.workorder;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.customer.CustomerRepository;
import com.fieldwork.core.organisation.Branch;
import com.fieldwork.core.organisation.BranchRepository;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderPage;
import com.fieldwork.core.workorder.WorkOrderQuery;
import com.fieldwork.core.workorder.WorkOrderRepository;
import com.fieldwork.core.workorder.WorkOrderSort;
import com.fieldwork.core.workorder.WorkOrderStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The work-order list: filters, a page at a time by core's keyset cursor (so a million rows cost what a
 * hundred do), more rows when the user scrolls to the end, and rows replaced in place when the change
 * feed says an order changed elsewhere.
 */
public final class WorkOrderListViewModel {

    static final int PAGE = 100;
    public static final String ENTITY = "work_order";

    private final WorkOrderRepository workOrders;
    private final CustomerRepository customers;
    private final BranchRepository branches;
    private final TaskExecutor executor;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<WorkOrderStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    private final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<WorkOrderSort> sort = new ReadOnlyObjectWrapper<>(WorkOrderSort.NEWEST);
    private final ObservableList<Branch> branchChoices = FXCollections.observableArrayList();
    private final ObservableList<WorkOrderRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Names by id, filled in the background: customers and branches change rarely and are asked for often. */
    private final Map<Long, String> customerNames = new ConcurrentHashMap<>();
    private final Map<Long, String> branchNames = new ConcurrentHashMap<>();
    private Optional<WorkOrderQuery.PageCursor> next = Optional.empty();
    private WorkOrderFilter loadedFilter = WorkOrderFilter.NONE;
    /** The first page of what is shown: filters and sort; more rows continue it from {@code next}. */
    private WorkOrderQuery loadedQuery = WorkOrderFilter.NONE.firstPage(WorkOrderSort.NEWEST, PAGE);
    private int generation;

    public WorkOrderListViewModel(WorkOrderRepository workOrders, CustomerRepository customers,
                                  BranchRepository branches, TaskExecutor executor) {
        this.workOrders = Objects.requireNonNull(workOrders, "workOrders");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.branches = Objects.requireNonNull(branches, "branches");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<WorkOrderStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    public ObjectProperty<Branch> branchProperty() {
        return branch;
    }

    /** The order the database reads the list in; the table never sorts the loaded rows itself. */
    public ReadOnlyObjectProperty<WorkOrderSort> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    /**
     * Starts over from the first page in {@code order}: sorting only the rows loaded so far would show, say,
     * the most urgent of the first hundred instead of the most urgent of all. Does nothing if unchanged.
     */
    public void sortBy(WorkOrderSort order) {
        if (sort.get() != Objects.requireNonNull(order, "order")) {
            sort.set(order);
            search();
        }
    }

    public ObservableList<Branch> branchChoices() {
        return branchChoices;
    }

    public ObservableList<WorkOrderRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "100 shown, more below", or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean hasMore() {
        return next.isPresent();
    }

    /** Loads the branches for the filter, then the first page. */
    public void start() {
        executor.submit("Loading branches", p -> branches.list(), list -> {
            list.forEach(b -> branchNames.put(b.id(), b.name()));
            branchChoices.setAll(list);
            search();
        }, this::failed);
    }

    /** Starts over with the filters as they are now. */
    public void search() {
        WorkOrderFilter filter = new WorkOrderFilter(text.get(), Optional.ofNullable(status.get()),
                Optional.ofNullable(priority.get()), Optional.ofNullable(branch.get()));
        WorkOrderQuery query = filter.firstPage(sort.get(), PAGE);
        int mine = ++generation;
        loading.set(true);
        executor.submit("Searching work orders", p -> named(workOrders.search(query)), page -> {
            if (mine != generation) {
                return; // a newer search was started while this one ran
            }
            loadedFilter = filter;
            loadedQuery = query;
            rows.setAll(page.rows());
            finish(page);
        }, this::failed);
    }

    /** The next page after the last row shown; does nothing while loading or at the end. */
    public void loadMore() {
        if (loading.get() || next.isEmpty()) {
            return;
        }
        WorkOrderQuery query = loadedQuery.after(next.get());
        int mine = generation;
        loading.set(true);
        executor.submit("Loading more work orders", p -> named(workOrders.search(query)), page -> {
            if (mine != generation) {
                return;
            }
            rows.addAll(page.rows());
            finish(page);
        }, this::failed);
    }

    /**
     * Changes from the feed: rows shown are replaced in place (or dropped when they no longer match the
     * filter), new orders that match go on top. Nothing else is reloaded.
     */
    public void onChanges(List<Change> changes) {
        Set<Long> ids = new LinkedHashSet<>();
        changes.stream().filter(c -> ENTITY.equals(c.entity())).forEach(c -> ids.add(Long.parseLong(c.entityId())));
        if (ids.isEmpty()) {
            return;
        }
        executor.submit("Refreshing changed work orders", p -> {
            List<WorkOrderRow> fresh = new ArrayList<>();
            for (long id : ids) {
                workOrders.find(id).map(this::row).ifPresent(fresh::add);
            }
            return fresh;
        }, this::merge, this::failed);
    }

    private void merge(List<WorkOrderRow> fresh) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).id(), i);
        }
        List<WorkOrderRow> added = new ArrayList<>();
        List<WorkOrderRow> gone = new ArrayList<>();
        for (WorkOrderRow row : fresh) {
            Integer at = index.get(row.id());
            boolean admitted = loadedFilter.admits(row.order());
            if (at != null && admitted) {
                rows.set(at, row);
            } else if (at != null) {
                gone.add(rows.get(at));
            } else if (admitted) {
                added.add(row);
            }
        }
        rows.removeAll(gone);
        rows.addAll(0, added);
    }

    private void finish(Page page) {
        next = page.next();
        loading.set(false);
        message.set(rows.size() + " shown" + (next.isPresent() ? ", more below" : ""));
    }

    private void failed(Throwable failure) {
        loading.set(false);
        message.set("Could not load work orders: " + failure.getMessage());
    }

    private Page named(WorkOrderPage page) {
        return new Page(page.items().stream().map(this::row).toList(), page.next());
    }

    /** Runs in the background: looks up names it has not seen yet. */
    private WorkOrderRow row(WorkOrder order) {
        String customer = customerNames.computeIfAbsent(order.customerId(), id ->
                customers.find(id).map(c -> c.name()).orElse("#" + id));
        String branchName = branchNames.getOrDefault(order.branchId(), "#" + order.branchId());
        return new WorkOrderRow(order, customer, branchName);
    }

    private record Page(List<WorkOrderRow> rows, Optional<WorkOrderQuery.PageCursor> next) {
    }
}
