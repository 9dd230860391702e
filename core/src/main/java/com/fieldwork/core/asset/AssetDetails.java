package com.fieldwork.core.asset;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What a technician or office user records about a piece of equipment on a site. */
public record AssetDetails(long siteId, String type, String make, String model, String serialNumber,
                           Optional<LocalDate> installDate, Optional<LocalDate> warrantyUntil,
                           Optional<String> notes) {

    public AssetDetails {
        if (siteId <= 0) {
            throw new ValidationException("siteId", "siteId must be a positive id, got " + siteId);
        }
        type = Text.required("type", type, 60);
        make = Text.required("make", make, 100);
        model = Text.required("model", model, 100);
        serialNumber = Text.required("serialNumber", serialNumber, 100);
        Objects.requireNonNull(installDate, "installDate");
        Objects.requireNonNull(warrantyUntil, "warrantyUntil");
        notes = Text.optional("notes", notes, 2000);
        if (installDate.isPresent() && warrantyUntil.isPresent() && warrantyUntil.get().isBefore(installDate.get())) {
            throw new ValidationException("warrantyUntil", "The warranty cannot end (" + warrantyUntil.get()
                    + ") before the asset was installed (" + installDate.get() + ")");
        }
    }
}
