package com.fieldwork.core.asset;

import java.time.LocalDate;
import java.util.Objects;

/** A stored piece of equipment; make and serial number identify it across sites. */
public record Asset(long id, AssetDetails details, long version) {

    public Asset {
        Objects.requireNonNull(details, "details");
    }

    public long siteId() {
        return details.siteId();
    }

    /** Covered through the warranty's last day; unknown warranty means not covered. */
    public boolean underWarrantyOn(LocalDate day) {
        boolean installed = details.installDate().map(d -> !day.isBefore(d)).orElse(true);
        return installed && details.warrantyUntil().map(until -> !day.isAfter(until)).orElse(false);
    }
}
