package com.fieldwork.core.billing;

import com.fieldwork.core.common.Address;

import java.util.Objects;
import java.util.Optional;

/** The printed invoice's sender and addressee, and the company's payment link template. */
public record InvoiceParties(String companyName, String branchName, Address branchAddress, String customerNumber,
                             String customerName, Address billingAddress, Optional<String> paymentLinkTemplate) {

    public InvoiceParties {
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(branchName, "branchName");
        Objects.requireNonNull(branchAddress, "branchAddress");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(billingAddress, "billingAddress");
        Objects.requireNonNull(paymentLinkTemplate, "paymentLinkTemplate");
    }

    public PaymentLink paymentLink() {
        return PaymentLink.orDefault(paymentLinkTemplate);
    }
}
