package com.fieldwork.core.billing;

import com.fieldwork.core.common.Address;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The printed invoice's sender and addressee, the company's payment link template, and the company's time
 * zone in which its dates are printed.
 */
public record InvoiceParties(String companyName, String branchName, Address branchAddress, String customerNumber,
                             String customerName, Address billingAddress, Optional<String> paymentLinkTemplate,
                             ZoneId timeZone) {

    public InvoiceParties {
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(branchName, "branchName");
        Objects.requireNonNull(branchAddress, "branchAddress");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(billingAddress, "billingAddress");
        Objects.requireNonNull(paymentLinkTemplate, "paymentLinkTemplate");
        Objects.requireNonNull(timeZone, "timeZone");
    }

    public PaymentLink paymentLink() {
        return PaymentLink.orDefault(paymentLinkTemplate);
    }
}
