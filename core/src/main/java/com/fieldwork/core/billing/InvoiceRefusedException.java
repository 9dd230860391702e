package com.fieldwork.core.billing;

import com.fieldwork.core.common.DomainException;

/** The invoice's state does not allow what was asked: editing an issued invoice, paying a void one, overpaying. */
public final class InvoiceRefusedException extends DomainException {

    public InvoiceRefusedException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "invoice_refused";
    }
}
