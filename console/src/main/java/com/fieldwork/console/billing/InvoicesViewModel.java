package com.fieldwork.console.billing;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.audit.Change;
import com.fieldwork.core.billing.BillingService;
import com.fieldwork.core.billing.CustomerAging;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.BillingSettings;
import com.fieldwork.core.billing.InvoiceKind;
import com.fieldwork.core.billing.InvoicePage;
import com.fieldwork.core.billing.InvoiceQuery;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.core.billing.Payment;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.security.Permission;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The invoices screen: the newest invoices and credit notes a page at a time (filtered by status, customer text
 * and issue days, all in SQL), the selected
 * one's payments and payment link, what customers owe by age, and the accountant's commands (issue, record a
 * payment, credit, save the PDF). Every read and write runs off the FX thread; the change feed's invoice and
 * payment rows reload it, whoever wrote them.
 */
public final class InvoicesViewModel {

    /** The change feed's names of what this screen shows (the billing repository's audit entities). */
    static final Set<String> ENTITIES = Set.of("invoice", "payment");
    /** One page of the list; "Load more" reads the next, keyed on the last row's id. */
    public static final int PAGE = 200;
    /** The customer filter's "no filter" choice. */
    public static final String ALL_CUSTOMERS = InvoiceFilters.ALL_CUSTOMERS;

    private final BillingService billing;
    private final InvoicePrinter printer;
    private final TaskExecutor executor;
    private final Actor actor;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<Invoice> invoices = FXCollections.observableArrayList();
    private final ObservableList<String> customers = FXCollections.observableArrayList(ALL_CUSTOMERS);
    private final ObservableList<Payment> payments = FXCollections.observableArrayList();
    private final ObservableList<CustomerAging> aging = FXCollections.observableArrayList();
    private final InvoiceFilters filters = new InvoiceFilters();
    private final ReadOnlyBooleanWrapper canLoadMore = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Invoice> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper paymentLink = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper agingSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canIssue = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canPay = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canCredit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);
    private List<Invoice> loaded = List.of();
    private int matching;

    public InvoicesViewModel(BillingService billing, InvoicePrinter printer, TaskExecutor executor, Actor actor,
                             Clock clock, ZoneId zone) {
        this.billing = Objects.requireNonNull(billing, "billing");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        filters.onChange(this::load);
        // a reload hands a new copy of the same invoice: its payments may have changed even if its version did not
        selected.addListener((o, was, now) -> {
            updateCommands();
            loadDetail();
        });
    }

    /** @param kept the selected invoice, read again, when the filter no longer lists it */
    private record Snapshot(InvoicePage page, List<CustomerAging> aging, Optional<Invoice> kept) {
    }

    private record Detail(long invoiceId, List<Payment> payments, Optional<String> link) {
    }

    /**
     * Reads the invoices of the status filter and the aging. The selected invoice stays listed (at the top) even
     * when it no longer matches the filter: a draft just issued under "Draft" is the one to record a payment on.
     */
    public void load() {
        // a reload keeps as many rows as "Load more" had brought in
        Optional<InvoiceQuery> query = filters.query(Math.max(PAGE, loaded.size()));
        if (query.isEmpty()) {
            return;
        }
        Optional<Invoice> current = Optional.ofNullable(selected.get());
        executor.submit("Loading invoices", p -> {
            InvoicePage page = billing.page(query.get(), actor);
            Optional<Invoice> kept = current.filter(c -> page.invoices().stream().noneMatch(i -> i.id() == c.id()))
                    .flatMap(c -> again(c.id()));
            return new Snapshot(page, billing.aging(clock.instant(), actor), kept);
        }, snapshot -> {
            loaded = snapshot.page().invoices();
            matching = snapshot.page().matching();
            aging.setAll(snapshot.aging());
            agingSummary.set(summary(snapshot.aging()));
            List<String> names = loaded.stream().map(Invoice::customerName).distinct().sorted().toList();
            // suggestions for the customer box: what is loaded (the filter itself asks the database)
            if (filters.allCustomers()) {
                customers.setAll(ALL_CUSTOMERS);
                customers.addAll(names);
            }
            show(snapshot.kept());
        }, failure -> message.set("Could not load the invoices: " + failure.getMessage()));
    }

    /** The next page after the last row shown, added below it. */
    public void loadMore() {
        if (!canLoadMore.get() || loaded.isEmpty()) {
            return;
        }
        Optional<InvoiceQuery> query = filters.query(PAGE).map(q -> q.after(loaded.get(loaded.size() - 1).id()));
        if (query.isEmpty()) {
            return;
        }
        executor.submit("Loading more invoices", p -> billing.page(query.get(), actor), page -> {
            List<Invoice> more = new java.util.ArrayList<>(loaded);
            more.addAll(page.invoices());
            loaded = List.copyOf(more);
            matching = page.matching();
            show();
        }, failure -> message.set("Could not load more invoices: " + failure.getMessage()));
    }

    /** The aging tab's caption: the totals an accountant reads first. */
    static String summary(List<CustomerAging> aging) {
        java.math.BigDecimal owed = aging.stream().map(CustomerAging::outstanding)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        java.math.BigDecimal overdue = aging.stream().map(a -> a.outstanding().subtract(a.notDue()))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        return aging.size() + (aging.size() == 1 ? " customer owes " : " customers owe ") + Money.text(owed)
               + ", of which " + Money.text(overdue) + " is past due";
    }

    /** The invoice as stored now; none when its draft was discarded meanwhile. */
    private Optional<Invoice> again(long id) {
        try {
            return Optional.of(billing.get(id, actor));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** A change-feed batch: reload when it names an invoice or a payment. */
    public void applyChanges(Collection<Change> changes) {
        if (changes.stream().anyMatch(c -> ENTITIES.contains(c.entity()))) {
            load();
        }
    }

    private void show() {
        show(Optional.empty());
    }

    private void show(Optional<Invoice> kept) {
        List<Invoice> shown = new java.util.ArrayList<>(loaded);
        kept.ifPresent(k -> shown.add(0, k));
        long keep = selected.get() == null ? -1 : selected.get().id();
        invoices.setAll(shown);
        selected.set(shown.stream().filter(i -> i.id() == keep).findFirst().orElse(null));
        canLoadMore.set(loaded.size() < matching);
        count.set(loaded.size() < matching ? "Showing " + loaded.size() + " of " + matching + " invoices"
                : matching + (matching == 1 ? " invoice" : " invoices"));
    }

    private void loadDetail() {
        Invoice invoice = selected.get();
        payments.clear();
        paymentLink.set("");
        if (invoice == null) {
            return;
        }
        executor.submit("Loading payments", p -> new Detail(invoice.id(), billing.payments(invoice.id(), actor),
                billing.sheet(invoice.id(), actor).paymentLink()), detail -> {
            if (selected.get() != null && selected.get().id() == detail.invoiceId()) {
                payments.setAll(detail.payments());
                paymentLink.set(detail.link().orElse(""));
            }
        }, failure -> message.set("Could not load the payments: " + failure.getMessage()));
    }

    private void updateCommands() {
        Invoice invoice = selected.get();
        boolean isInvoice = invoice != null && invoice.kind() == InvoiceKind.INVOICE;
        canIssue.set(isInvoice && invoice.status() == InvoiceStatus.DRAFT && actor.can(Permission.INVOICE_ISSUE));
        canPay.set(isInvoice && invoice.status() == InvoiceStatus.ISSUED && invoice.outstanding().signum() > 0
                   && actor.can(Permission.PAYMENT_RECORD));
        canCredit.set(isInvoice && (invoice.status() == InvoiceStatus.ISSUED || invoice.status() == InvoiceStatus.PAID)
                      && actor.can(Permission.INVOICE_ISSUE));
        canSave.set(invoice != null);
    }

    /** Gives the selected draft its number. */
    public void issue() {
        Invoice invoice = selected.get();
        if (invoice == null || !canIssue.get()) {
            return;
        }
        executor.submit("Issuing " + invoice.label(), p -> billing.issue(invoice.id(), invoice.version(), actor),
                issued -> {
                    message.set("Issued " + issued.label() + ", due " + Dates.day(issued.dueAt(), zone));
                    replace(issued);
                }, failure -> message.set(failure.getMessage()));
    }

    /** A blank payment of the selected invoice's balance, received today. */
    public PaymentForm paymentForm() {
        Invoice invoice = Objects.requireNonNull(selected.get(), "no invoice is selected");
        return new PaymentForm(invoice, billing, executor, actor, clock, zone);
    }

    /** What the payment dialog calls once the payment is stored. */
    public void paymentRecorded(Payment payment) {
        message.set("Recorded " + Money.text(payment.amount()) + " against " + selected.get().label());
        load();
    }

    /** A credit note against the selected invoice: whole, chosen lines or an amount, with a reason. */
    public CreditNoteForm creditForm() {
        Invoice invoice = Objects.requireNonNull(selected.get(), "no invoice is selected");
        return new CreditNoteForm(invoice, billing, executor, actor);
    }

    /** What the credit note dialog calls once the credit note is issued. */
    public void creditIssued(Invoice credit) {
        message.set("Issued " + credit.label() + " for " + Money.text(credit.totals().total()) + " against "
                    + selected.get().label());
        load();
    }

    /** The accounting export of a period, last month to begin with. */
    public ExportForm exportForm() {
        return new ExportForm(billing, executor, actor, clock, zone);
    }

    /** What the export dialog calls once the file is written. */
    public void exportWritten(String summary) {
        message.set(summary);
    }

    /** The company's billing settings, read in the background into the form. */
    public BillingSettingsForm settingsForm() {
        BillingSettingsForm form = new BillingSettingsForm(billing, executor, actor);
        form.load();
        return form;
    }

    /** What the settings dialog calls once saved: the selected invoice's link is drawn again with them. */
    public void settingsSaved(BillingSettings settings) {
        message.set("Billing settings saved: " + settings.paymentTermsDays() + " days to pay, "
                    + settings.paymentLinkTemplate().map(t -> "payment link " + t).orElse("no payment link template"));
        loadDetail();
    }

    public boolean mayEditSettings() {
        return actor.can(Permission.SETTINGS_MANAGE);
    }

    /** Writes the selected invoice's PDF to {@code file}. */
    public void savePdf(Path file) {
        Invoice invoice = selected.get();
        if (invoice == null) {
            return;
        }
        executor.submit("Saving " + invoice.label(), p -> Files.write(file, printer.render(billing.sheet(invoice.id(), actor))),
                written -> message.set("Saved " + invoice.label() + " to " + written),
                failure -> message.set("Could not save the PDF: " + failure.getMessage()));
    }

    /** The file name the save dialog proposes. */
    public String pdfFileName() {
        Invoice invoice = selected.get();
        return invoice == null ? "invoice.pdf"
                : (invoice.kind() == InvoiceKind.CREDIT_NOTE ? "credit-note-" : "invoice-")
                  + invoice.number().orElse("draft-" + invoice.id()) + ".pdf";
    }

    private void replace(Invoice changed) {
        loaded = loaded.stream().map(i -> i.id() == changed.id() ? changed : i).toList();
        int at = -1;
        for (int i = 0; i < invoices.size(); i++) {
            if (invoices.get(i).id() == changed.id()) {
                at = i;
            }
        }
        if (at >= 0) {
            invoices.set(at, changed);
        }
        selected.set(changed);
    }

    public boolean mayRecordPayments() {
        return actor.can(Permission.PAYMENT_RECORD);
    }

    public ObservableList<Invoice> invoices() {
        return invoices;
    }

    public ObservableList<String> customers() {
        return customers;
    }

    public ObservableList<Payment> payments() {
        return payments;
    }

    public ObservableList<CustomerAging> aging() {
        return aging;
    }

    /** Status, customer text and issue days: each change reloads the list. */
    public InvoiceFilters filters() {
        return filters;
    }

    public ObjectProperty<InvoiceStatus> statusFilterProperty() {
        return filters.statusProperty();
    }

    public ObjectProperty<String> customerFilterProperty() {
        return filters.customerProperty();
    }

    public ReadOnlyBooleanProperty canLoadMoreProperty() {
        return canLoadMore.getReadOnlyProperty();
    }

    public ObjectProperty<Invoice> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty paymentLinkProperty() {
        return paymentLink.getReadOnlyProperty();
    }

    /** How many are shown ("56 invoices", "Showing 200 of 742 invoices"); kept apart from {@link #messageProperty()}, which a reload leaves alone. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty agingSummaryProperty() {
        return agingSummary.getReadOnlyProperty();
    }

    /** What the last command did or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canIssueProperty() {
        return canIssue.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPayProperty() {
        return canPay.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCreditProperty() {
        return canCredit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone;
    }
}
