package com.fieldwork.core.customer;

import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.Text;

import java.util.Objects;
import java.util.Optional;

/**
 * A place where work is done. Access and safety notes are shown to the technician before
 * arriving ("gate code 4711", "asbestos in the boiler room").
 */
public record SiteDetails(String name, Address address, GeoPoint location, Optional<String> accessNotes,
                          Optional<String> safetyNotes) {

    public SiteDetails {
        name = Text.required("name", name, 200);
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(location, "location");
        accessNotes = Text.optional("accessNotes", accessNotes, 2000);
        safetyNotes = Text.optional("safetyNotes", safetyNotes, 2000);
    }
}
