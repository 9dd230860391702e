package com.fieldwork.core.organisation;

import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;

import java.time.ZoneId;
import java.util.Objects;

/**
 * An office the company works from. Its time zone decides "today", working hours and what a
 * dispatcher sees on the board; its location is where vans start when nobody lives nearer.
 */
public record Branch(long id, String code, String name, ZoneId timeZone, Address address, GeoPoint location,
                     long version) {

    public Branch {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(location, "location");
    }

    public BranchDetails details() {
        return new BranchDetails(code, name, timeZone, address, location);
    }
}
