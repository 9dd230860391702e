package com.fieldwork.console.billing;

import com.fieldwork.core.billing.InvoiceQuery;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.core.common.ValidationException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The invoice list's filters as the accountant sets them: status, customer text, issue days. They become one
 * {@link InvoiceQuery} that the database answers; a period back to front is no query, and says why.
 */
public final class InvoiceFilters {

    /** The customer filter's "no filter" choice. */
    public static final String ALL_CUSTOMERS = "All customers";

    private final ObjectProperty<InvoiceStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<String> customer = new SimpleObjectProperty<>(ALL_CUSTOMERS);
    private final ObjectProperty<LocalDate> issuedFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> issuedTo = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper("");

    /** Runs {@code onChange} whenever a filter changes. */
    void onChange(Runnable onChange) {
        for (ObjectProperty<?> filter : List.of(status, customer, issuedFrom, issuedTo)) {
            filter.addListener(o -> onChange.run());
        }
    }

    /** The filters as the first page's query of {@code limit} rows; empty (and why) when the period is not one. */
    Optional<InvoiceQuery> query(int limit) {
        periodError.set("");
        try {
            return Optional.of(new InvoiceQuery(Optional.ofNullable(status.get()), customerText(),
                    Optional.ofNullable(issuedFrom.get()), Optional.ofNullable(issuedTo.get()), OptionalLong.empty(), limit));
        } catch (ValidationException e) {
            periodError.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** True while no customer text narrows the list. */
    boolean allCustomers() {
        return customerText().isEmpty();
    }

    private Optional<String> customerText() {
        return Optional.ofNullable(customer.get()).filter(c -> !c.equals(ALL_CUSTOMERS)).filter(c -> !c.isBlank());
    }

    public ObjectProperty<InvoiceStatus> statusProperty() {
        return status;
    }

    /** Part of a customer's name or number, or {@link #ALL_CUSTOMERS}. */
    public ObjectProperty<String> customerProperty() {
        return customer;
    }

    /** First day of issue shown (company time zone); none: from the beginning. Drafts have no issue day. */
    public ObjectProperty<LocalDate> issuedFromProperty() {
        return issuedFrom;
    }

    public ObjectProperty<LocalDate> issuedToProperty() {
        return issuedTo;
    }

    /** Why the issue period is not one (starts after it ends); the list then stays as it was. */
    public ReadOnlyStringProperty periodErrorProperty() {
        return periodError.getReadOnlyProperty();
    }
}
