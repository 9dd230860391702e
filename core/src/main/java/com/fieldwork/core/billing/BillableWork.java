package com.fieldwork.core.billing;

import com.fieldwork.core.common.ValidationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything a completed job's invoice is computed from, as read in the completing transaction.
 *
 * @param currency       the company's currency (ISO 4217)
 * @param taxRate        the company's default tax rate; the schema has no per-item rate, so every line gets it
 * @param completedOn    the day of completion in the company's time zone: warranty and contract are judged on it
 * @param warrantyUntil  the last day of the job's asset's warranty, if it has an asset with one
 * @param contractUntil  the last day of the customer's service contract, if any
 * @param templateFee    the work order template's fixed fee, if it has one
 * @param priceListFee   the customer's price list fee for this service type (or for all), if any
 */
public record BillableWork(String currency, BigDecimal taxRate, LocalDate completedOn,
                           Optional<LocalDate> warrantyUntil, Optional<LocalDate> contractUntil,
                           List<Labor> labor, List<PartConsumed> parts, Optional<Fee> templateFee,
                           Optional<Fee> priceListFee) {

    public BillableWork {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new ValidationException("currency", "A currency is a three-letter ISO code, got " + currency);
        }
        taxRate = BillingMath.taxRate("tax rate", taxRate);
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(warrantyUntil, "warrantyUntil");
        Objects.requireNonNull(contractUntil, "contractUntil");
        labor = List.copyOf(labor);
        parts = List.copyOf(parts);
        Objects.requireNonNull(templateFee, "templateFee");
        Objects.requireNonNull(priceListFee, "priceListFee");
    }

    /** A technician's billable minutes on the job and their hourly rate. */
    public record Labor(String technician, long minutes, BigDecimal hourlyRate) {
        public Labor {
            Objects.requireNonNull(technician, "technician");
            if (minutes < 0) {
                throw new ValidationException("minutes", "Billable minutes cannot be negative, got " + minutes);
            }
            hourlyRate = BillingMath.money("hourly rate", hourlyRate);
        }
    }

    /**
     * A part used on the job (consumed less returned).
     *
     * @param listPrice the customer's price list price, which wins over the catalog price when present
     */
    public record PartConsumed(long partId, String sku, String name, BigDecimal quantity, BigDecimal catalogPrice,
                               Optional<BigDecimal> listPrice) {
        public PartConsumed {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(quantity, "quantity");
            catalogPrice = BillingMath.money("catalog price", catalogPrice);
            listPrice = listPrice.map(p -> BillingMath.money("list price", p));
        }

        public BigDecimal unitPrice() {
            return listPrice.orElse(catalogPrice);
        }

        public OptionalLong part() {
            return OptionalLong.of(partId);
        }
    }

    /** A fixed fee and what to call it on the invoice. */
    public record Fee(String description, BigDecimal amount) {
        public Fee {
            Objects.requireNonNull(description, "description");
            amount = BillingMath.money("fee", amount);
        }
    }
}
