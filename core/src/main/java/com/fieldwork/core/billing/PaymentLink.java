package com.fieldwork.core.billing;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The "pay online" address printed on an invoice, from the company's template (company.payment_link_template).
 * Placeholders: {@code {number}} (or {@code {invoice}}) the invoice number, {@code {amount}} the outstanding amount with two
 * decimals, {@code {currency}} the ISO code; each value is URL-encoded. The template holds no secret: a
 * payment provider's page takes the number and amount and asks for the rest.
 */
public record PaymentLink(String template) {

    /** Used when the company has not set its own: a neutral placeholder host that never resolves. */
    public static final String DEFAULT_TEMPLATE = "https://pay.example.invalid/invoice/{invoice}?amount={amount}&currency={currency}";

    public PaymentLink {
        Objects.requireNonNull(template, "template");
        checkAddress(template).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** Whether the template names where the invoice number goes. */
    public static boolean hasNumber(String template) {
        return template.contains("{number}") || template.contains("{invoice}");
    }

    /** Why the template, filled in, is not a web address; empty when it is one. */
    public static Optional<String> checkAddress(String template) {
        if (!template.startsWith("https://") && !template.startsWith("http://")) {
            return Optional.of("The payment link template must be a web address starting with https:// (or http://), got "
                    + template);
        }
        try {
            java.net.URI uri = new java.net.URI(fill(template, "DEN-000001",
                    BigDecimal.ONE, "USD"));
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of("The payment link template has no host name after " + uri.getScheme() + "://: "
                        + template);
            }
            return Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.of("The payment link template is not a valid web address (" + e.getReason() + "): "
                    + template);
        }
    }

    public static PaymentLink orDefault(Optional<String> template) {
        return new PaymentLink(template.filter(t -> !t.isBlank()).orElse(DEFAULT_TEMPLATE));
    }

    /** The link for an issued invoice with something outstanding; none for drafts, credit notes and paid ones. */
    public Optional<String> forInvoice(Invoice invoice) {
        if (invoice.kind() != InvoiceKind.INVOICE || invoice.number().isEmpty()
                || invoice.status() != InvoiceStatus.ISSUED || invoice.outstanding().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(render(invoice.number().get(), invoice.outstanding(), invoice.currency()));
    }

    public String render(String number, BigDecimal amount, String currency) {
        return fill(template, number, amount, currency);
    }

    private static String fill(String text, String number, BigDecimal amount, String currency) {
        return text.replace("{invoice}", encode(number)).replace("{number}", encode(number))
                .replace("{amount}", encode(amount.setScale(2, BillingMath.ROUNDING).toPlainString()))
                .replace("{currency}", encode(currency));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
