package com.fieldwork.core.organisation;

import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.time.ZoneId;
import java.util.Objects;

/** What an administrator types to open or edit a branch. */
public record BranchDetails(String code, String name, ZoneId timeZone, Address address, GeoPoint location) {

    public BranchDetails {
        code = Text.required("code", code, 20);
        if (!code.matches("[A-Z0-9_-]+")) {
            // Codes end up in stock location codes and file names: keep them plain.
            throw new ValidationException("code", "A branch code uses capital letters, digits, '-' and '_' only, got '"
                    + code + "'");
        }
        name = Text.required("name", name, 200);
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(location, "location");
    }
}
