package com.fieldwork.core.inventory;

import com.fieldwork.core.common.ConflictException;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A location does not hold enough of a part for what was asked. Nothing was moved; the message and
 * the fields say what is there, so the technician can take what is available or fetch more.
 */
public final class InsufficientStockException extends ConflictException {

    private final String partSku;
    private final String locationName;
    private final BigDecimal onHand;
    private final BigDecimal reserved;
    private final BigDecimal requested;

    public InsufficientStockException(String partSku, String locationName, BigDecimal onHand, BigDecimal reserved,
                                      BigDecimal requested) {
        super(message(partSku, locationName, onHand, reserved, requested));
        this.partSku = partSku;
        this.locationName = locationName;
        this.onHand = onHand;
        this.reserved = reserved;
        this.requested = requested;
    }

    private static String message(String sku, String location, BigDecimal onHand, BigDecimal reserved,
                                  BigDecimal requested) {
        Objects.requireNonNull(sku, "partSku");
        Objects.requireNonNull(location, "locationName");
        return "Not enough " + sku + " at " + location + ": requested " + StockQuantity.plain(requested)
                + ", available " + StockQuantity.plain(onHand.subtract(reserved))
                + " (on hand " + StockQuantity.plain(onHand) + ", reserved " + StockQuantity.plain(reserved) + ")";
    }


    public String partSku() {
        return partSku;
    }

    public String locationName() {
        return locationName;
    }

    public BigDecimal onHand() {
        return onHand;
    }

    public BigDecimal reserved() {
        return reserved;
    }

    public BigDecimal available() {
        return onHand.subtract(reserved);
    }

    public BigDecimal requested() {
        return requested;
    }

    @Override
    public String code() {
        return "insufficient_stock";
    }
}
