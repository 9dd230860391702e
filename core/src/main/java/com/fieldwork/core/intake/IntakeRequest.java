package com.fieldwork.core.intake;

/**
 * A request for work as another system (or, later, the public service-request form) sends it: raw,
 * untrusted and nullable everywhere, so that {@link IntakeValidator} can report every bad field at
 * once instead of a JSON mapper stopping at the first. Enums and times are strings for the same reason.
 *
 * @param externalRef     the caller's own id for the request; a resend with the same one is the same order
 * @param customer        an existing customer by {@code number}, or a new one described inline
 * @param site            an existing site of that customer by {@code id}, or a new one described inline
 * @param asset           optional: the equipment at the site, by serial number
 * @param serviceTypeCode what kind of job (a service type code)
 * @param templateCode    optional: a template of that service type, for duration, skills and parts
 * @param priority        EMERGENCY, HIGH, NORMAL or LOW; NORMAL when absent
 * @param requestedWindow optional: when the customer is available, ISO-8601 instants
 */
public record IntakeRequest(String externalRef, CustomerInput customer, SiteInput site, AssetInput asset,
                            String serviceTypeCode, String templateCode, String priority, String summary,
                            String description, WindowInput requestedWindow) {

    /** Either {@code number} alone, or the inline details of a new customer. */
    public record CustomerInput(String number, String name, String kind, String email, String phone,
                                AddressInput address) {
    }

    /** Either {@code id} alone, or the inline details of a new site. */
    public record SiteInput(Long id, String name, AddressInput address, Double lat, Double lon, String accessNotes) {
    }

    public record AddressInput(String street, String city, String postalCode, String country) {
    }

    public record AssetInput(String serial) {
    }

    public record WindowInput(String start, String end) {
    }
}
