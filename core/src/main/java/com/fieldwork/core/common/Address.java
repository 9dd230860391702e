package com.fieldwork.core.common;

/** A postal address; country is the ISO 3166-1 alpha-2 code. */
public record Address(String street, String city, String postalCode, String country) {

    public Address {
        street = Text.required("street", street, 200);
        city = Text.required("city", city, 100);
        postalCode = Text.required("postalCode", postalCode, 20);
        country = Text.required("country", country, 2);
        if (!country.matches("[A-Z]{2}")) {
            throw new ValidationException("country", "Country must be a two-letter ISO code such as US, got '" + country + "'");
        }
    }

    public String oneLine() {
        return street + ", " + postalCode + " " + city;
    }
}
