package com.fieldwork.core.billing;

import com.fieldwork.core.common.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where invoices, credit notes and payments are stored. Each write is one transaction that also appends the
 * audit log and change feed; a refused write changes nothing.
 */
public interface Invoices {

    Optional<Invoice> find(long id);

    /** The job's invoice (not a credit note, not a voided one), if a draft was made for it. */
    Optional<Invoice> forWorkOrder(long workOrderId);

    /** Invoices and credit notes of a status, newest first; all statuses when empty. */
    List<Invoice> list(Optional<InvoiceStatus> status, int limit);

    /** A page of the invoices and credit notes matching the query, newest first, and how many match in all. */
    InvoicePage page(InvoiceQuery query);

    /**
     * @throws com.fieldwork.core.common.ConcurrentModificationException when someone saved it since {@code expectedVersion}
     * @throws InvoiceRefusedException                                    when it is no longer a draft
     */
    Invoice editDraft(long id, long expectedVersion, DraftEdit edit, Actor actor);

    /**
     * Gives the draft the next number of its branch (a row lock held until commit: no gaps, no duplicates),
     * stamps issue and due dates. A zero invoice (warranty, contract) is paid on issue.
     */
    Invoice issue(long id, long expectedVersion, Actor actor);

    /**
     * Deletes a draft that should not become an invoice (the audit log keeps it). Drafts have no number yet,
     * so nothing is lost from the series; issued invoices are never deleted, only credited.
     */
    void discardDraft(long id, long expectedVersion, Actor actor);

    /**
     * Issues a credit note for the invoice, numbered like invoices.
     *
     * @param lines the lines to credit; empty credits every line of the invoice
     */
    Invoice creditNote(long invoiceId, Optional<List<InvoiceLine>> lines, Optional<String> reason, Actor actor);

    /** @throws InvoiceRefusedException for a draft, void or paid invoice, or more than is outstanding */
    Payment recordPayment(NewPayment payment, Actor actor);

    List<Payment> payments(long invoiceId);

    /** Outstanding issued invoices per customer by days past due on {@code asOf}; customers owing nothing left out. */
    List<CustomerAging> aging(Instant asOf);

    /** Invoices and credit notes issued in [from, to), oldest first, with their lines. */
    List<Invoice> issuedBetween(Instant from, Instant to);

    /** Payments received in [from, to), oldest first. */
    List<Payment> receivedBetween(Instant from, Instant to);

    /** Who the invoice is from and to, for the printed invoice. */
    InvoiceParties parties(long invoiceId);
}
