package com.fieldwork.core.inventory;

import com.fieldwork.core.common.ConflictException;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * More of a part was to come back from a job than the job used and has not yet returned. Nothing was moved; the
 * message and the fields say how many can come back, so the technician can return that instead.
 */
public final class ReturnExceedsUseException extends ConflictException {

    private final String partSku;
    private final BigDecimal returnable;
    private final BigDecimal requested;

    public ReturnExceedsUseException(String partSku, BigDecimal returnable, BigDecimal requested) {
        super("At most " + StockQuantity.plain(returnable) + " × " + Objects.requireNonNull(partSku, "partSku")
                + " can come back from this job (used and not yet returned), got " + StockQuantity.plain(requested));
        this.partSku = partSku;
        this.returnable = returnable;
        this.requested = requested;
    }

    public String partSku() {
        return partSku;
    }

    /** What the job used of the part and has not yet returned. */
    public BigDecimal returnable() {
        return returnable;
    }

    public BigDecimal requested() {
        return requested;
    }

    @Override
    public String code() {
        return "return_exceeds_use";
    }
}
