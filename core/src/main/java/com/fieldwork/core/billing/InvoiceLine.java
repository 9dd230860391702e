package com.fieldwork.core.billing;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One line of an invoice or credit note. Its total is always {@code quantity × unitPrice} rounded once
 * ({@link BillingMath#lineTotal}); it is derived, never entered, so a stored line cannot disagree with itself.
 * Only a {@link InvoiceLineKind#DISCOUNT} line has a negative unit price.
 */
public record InvoiceLine(InvoiceLineKind kind, String description, OptionalLong partId, BigDecimal quantity,
                          BigDecimal unitPrice, BigDecimal taxRate) {

    public InvoiceLine {
        Objects.requireNonNull(kind, "kind");
        // invoice_line.description is varchar(500)
        description = Text.required("description", description, 500);
        Objects.requireNonNull(partId, "partId");
        quantity = BillingMath.quantity("quantity", quantity);
        unitPrice = BillingMath.money("unit price", unitPrice);
        taxRate = BillingMath.taxRate("tax rate", taxRate);
        if (kind == InvoiceLineKind.DISCOUNT ? unitPrice.signum() > 0 : unitPrice.signum() < 0) {
            throw new ValidationException("unitPrice", kind == InvoiceLineKind.DISCOUNT
                    ? "A discount line takes a negative unit price, got " + unitPrice.toPlainString()
                    : "Unit price cannot be negative on a " + kind.name().toLowerCase() + " line, got "
                      + unitPrice.toPlainString() + " (use a discount line)");
        }
        if (partId.isPresent() != (kind == InvoiceLineKind.PART)) {
            throw new ValidationException("partId", "A part line names its part, and only a part line does");
        }
    }

    public static InvoiceLine of(InvoiceLineKind kind, String description, BigDecimal quantity, BigDecimal unitPrice,
                                 BigDecimal taxRate) {
        return new InvoiceLine(kind, description, OptionalLong.empty(), quantity, unitPrice, taxRate);
    }

    public BigDecimal lineTotal() {
        return BillingMath.lineTotal(quantity, unitPrice);
    }
}
