package com.fieldwork.core.billing;

import com.fieldwork.core.common.ValidationException;

import java.util.Objects;
import java.util.Optional;

/**
 * The company's billing settings an administrator may change: the payment link template (none: the neutral
 * {@link PaymentLink#DEFAULT_TEMPLATE}) and the days from issue to due date.
 *
 * @param version the company row's version, for optimistic locking of the edit
 */
public record BillingSettings(Optional<String> paymentLinkTemplate, int paymentTermsDays, long version) {

    /** The column is varchar(500). */
    public static final int TEMPLATE_MAX = 500;
    /** A year is the longest term the schema allows (company_payment_terms_check). */
    public static final int TERMS_MAX_DAYS = 365;

    public BillingSettings {
        Objects.requireNonNull(paymentLinkTemplate, "paymentLinkTemplate");
        paymentLinkTemplate = paymentLinkTemplate.map(String::strip).filter(t -> !t.isEmpty());
        paymentLinkTemplate.ifPresent(BillingSettings::checkTemplate);
        if (paymentTermsDays < 0 || paymentTermsDays > TERMS_MAX_DAYS) {
            throw new ValidationException("paymentTermsDays", "Payment terms are 0 to " + TERMS_MAX_DAYS
                    + " days, got " + paymentTermsDays);
        }
    }

    /** The link as invoices use it: the template, or the default when none is set. */
    public PaymentLink paymentLink() {
        return PaymentLink.orDefault(paymentLinkTemplate);
    }

    private static void checkTemplate(String template) {
        if (template.length() > TEMPLATE_MAX) {
            throw new ValidationException("paymentLinkTemplate", "The payment link template is at most "
                    + TEMPLATE_MAX + " characters, got " + template.length());
        }
        if (!PaymentLink.hasNumber(template)) {
            throw new ValidationException("paymentLinkTemplate", "The payment link template must contain {number}"
                    + " (or {invoice}) where the invoice number goes, else every invoice gets the same link");
        }
        PaymentLink.checkAddress(template).ifPresent(problem -> {
            throw new ValidationException("paymentLinkTemplate", problem);
        });
    }
}
