package com.fieldwork.core.billing;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.security.Permission;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The office's use cases on invoices, each behind its permission (an accountant holds them all). State rules
 * are {@link InvoiceRules}, checked by the store on the locked rows.
 */
public final class BillingService {

    private static final System.Logger LOG = System.getLogger(BillingService.class.getName());

    private final Invoices invoices;
    private final Optional<BillingSettingsStore> settings;
    private final Optional<InvoiceFiling> filing;

    /** Invoices only: no settings to edit, no PDF filed on issue (the repository tests' service). */
    public BillingService(Invoices invoices) {
        this(invoices, Optional.empty(), Optional.empty());
    }

    public BillingService(Invoices invoices, BillingSettingsStore settings, InvoiceFiling filing) {
        this(invoices, Optional.of(settings), Optional.of(filing));
    }

    private BillingService(Invoices invoices, Optional<BillingSettingsStore> settings, Optional<InvoiceFiling> filing) {
        this.invoices = Objects.requireNonNull(invoices, "invoices");
        this.settings = settings;
        this.filing = filing;
    }

    public Invoice get(long id, Actor actor) {
        actor.require(Permission.INVOICE_VIEW);
        return invoices.find(id).orElseThrow(() -> new NotFoundException("invoice", id));
    }

    public List<Invoice> list(Optional<InvoiceStatus> status, int limit, Actor actor) {
        actor.require(Permission.INVOICE_VIEW);
        return invoices.list(status, limit);
    }

    /** A page of the list with its filters, and how many match in all. */
    public InvoicePage page(InvoiceQuery query, Actor actor) {
        actor.require(Permission.INVOICE_VIEW);
        return invoices.page(query);
    }

    public Invoice editDraft(long id, long expectedVersion, DraftEdit edit, Actor actor) {
        actor.require(Permission.INVOICE_EDIT);
        return invoices.editDraft(id, expectedVersion, edit, actor);
    }

    /** Numbers the draft, then files its PDF on the work order (when this service was given the means). */
    public Invoice issue(long id, long expectedVersion, Actor actor) {
        actor.require(Permission.INVOICE_ISSUE);
        Invoice issued = invoices.issue(id, expectedVersion, actor);
        file(issued, actor);
        return issued;
    }

    private void file(Invoice issued, Actor actor) {
        filing.ifPresent(f -> {
            try {
                f.file(sheet(issued.id(), actor), actor);
            } catch (RuntimeException e) {
                // the invoice is issued and numbered all the same; its PDF can still be saved from the screen
                LOG.log(System.Logger.Level.WARNING, "Could not file the PDF of " + issued.label(), e);
            }
        });
    }

    public void discardDraft(long id, long expectedVersion, Actor actor) {
        actor.require(Permission.INVOICE_EDIT);
        invoices.discardDraft(id, expectedVersion, actor);
    }

    public Invoice creditNote(long invoiceId, Optional<List<InvoiceLine>> lines, Optional<String> reason, Actor actor) {
        actor.require(Permission.INVOICE_ISSUE);
        Invoice credit = invoices.creditNote(invoiceId, lines, reason, actor);
        file(credit, actor);
        return credit;
    }

    public Payment recordPayment(NewPayment payment, Actor actor) {
        actor.require(Permission.PAYMENT_RECORD);
        return invoices.recordPayment(payment, actor);
    }

    public List<Payment> payments(long invoiceId, Actor actor) {
        actor.require(Permission.INVOICE_VIEW);
        return invoices.payments(invoiceId);
    }

    public List<CustomerAging> aging(Instant asOf, Actor actor) {
        actor.require(Permission.INVOICE_VIEW);
        return invoices.aging(asOf);
    }

    /** The accounting export of a period, as CSV text ({@link AccountingCsv}). */
    public String export(Instant from, Instant to, Actor actor) {
        return accountingExport(from, to, actor).csv();
    }

    /** The accounting export of [from, to) with how many invoices, lines and payments it holds. */
    public AccountingExport accountingExport(Instant from, Instant to, Actor actor) {
        actor.require(Permission.INVOICE_VIEW);
        List<Invoice> issued = invoices.issuedBetween(from, to);
        List<Payment> received = invoices.receivedBetween(from, to);
        return new AccountingExport(AccountingCsv.write(issued, received), issued.size(),
                issued.stream().mapToInt(i -> i.lines().size()).sum(), received.size());
    }

    /** The company's payment link template and payment terms. */
    public BillingSettings settings(Actor actor) {
        actor.require(Permission.INVOICE_VIEW);
        return settingsStore().current();
    }

    /** An administrator's change of the billing settings; new invoices and links use them at once. */
    public BillingSettings saveSettings(BillingSettings changed, Actor actor) {
        actor.require(Permission.SETTINGS_MANAGE);
        return settingsStore().save(changed, actor);
    }

    private BillingSettingsStore settingsStore() {
        return settings.orElseThrow(() -> new IllegalStateException("This billing service has no settings store"));
    }

    /** Everything the printed invoice shows. */
    public InvoiceSheet sheet(long id, Actor actor) {
        Invoice invoice = get(id, actor);
        InvoiceParties parties = invoices.parties(id);
        return new InvoiceSheet(invoice, parties, parties.paymentLink().forInvoice(invoice));
    }
}
