package com.fieldwork.core.intake;

import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.customer.CustomerKind;
import com.fieldwork.core.customer.SiteDetails;
import com.fieldwork.core.intake.IntakeRequest.AddressInput;
import com.fieldwork.core.intake.IntakeRequest.CustomerInput;
import com.fieldwork.core.intake.IntakeRequest.SiteInput;
import com.fieldwork.core.intake.IntakeRequest.WindowInput;
import com.fieldwork.core.intake.ValidIntake.InlineCustomer;
import com.fieldwork.core.workorder.Priority;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Checks the shape of an intake request and reports every bad field at once. Pure: no lookups, so
 * the public service-request form can run the same rules; whether a customer number or site id
 * exists is {@link IntakeService}'s question.
 */
public final class IntakeValidator {

    /**
     * @throws IntakeValidationException listing every bad field, by JSON path
     */
    public ValidIntake validate(IntakeRequest request) {
        if (request == null) {
            throw new IntakeValidationException(List.of(new FieldError("body", "The request body must be a JSON object")));
        }
        FieldErrors errors = new FieldErrors();
        String ref = errors.check("externalRef", () -> Text.required("externalRef", request.externalRef(), 100));
        Optional<String> number = customerNumber(request.customer(), errors);
        Optional<InlineCustomer> newCustomer = request.customer() == null || number.isPresent() || hasNumber(request.customer())
                ? Optional.empty() : Optional.ofNullable(inlineCustomer(request.customer(), errors));
        OptionalLong siteId = siteId(request.site(), request.customer() != null && !hasNumber(request.customer()), errors);
        Optional<SiteDetails> newSite = request.site() == null || request.site().id() != null
                ? Optional.empty() : Optional.ofNullable(inlineSite(request.site(), errors));
        Optional<String> serial = request.asset() == null ? Optional.empty()
                : Optional.ofNullable(errors.check("asset.serial", () -> Text.required("serial", request.asset().serial(), 100)));
        String serviceType = errors.check("serviceTypeCode", () -> Text.required("serviceTypeCode", request.serviceTypeCode(), 40));
        Optional<String> template = Optional.ofNullable(errors.check("templateCode",
                () -> Text.optional("templateCode", Optional.ofNullable(request.templateCode()), 40).orElse(null)));
        Priority priority = priority(request.priority(), errors);
        String summary = errors.check("summary", () -> Text.required("summary", request.summary(), 200));
        Optional<String> description = Optional.ofNullable(errors.check("description",
                () -> Text.optional("description", Optional.ofNullable(request.description()), 4000).orElse(null)));
        Optional<TimeSlot> window = window(request.requestedWindow(), errors);
        errors.throwIfAny();
        return new ValidIntake(ref, number, newCustomer, siteId, newSite, serial, serviceType, template, priority,
                summary, description, window);
    }

    private static boolean hasNumber(CustomerInput customer) {
        return customer != null && customer.number() != null && !customer.number().isBlank();
    }

    private static Optional<String> customerNumber(CustomerInput customer, FieldErrors errors) {
        if (customer == null) {
            errors.add("customer", "Customer is required: an existing customer's number or a new customer's details");
            return Optional.empty();
        }
        if (!hasNumber(customer)) {
            return Optional.empty();
        }
        if (customer.name() != null || customer.kind() != null || customer.address() != null) {
            // one or the other, so nobody wonders whether the inline details updated the customer
            errors.add("customer", "Give either an existing customer's number or a new customer's details, not both");
        }
        return Optional.ofNullable(errors.check("customer.number", () -> Text.required("number", customer.number(), 20)));
    }

    private static InlineCustomer inlineCustomer(CustomerInput customer, FieldErrors errors) {
        String name = errors.check("customer.name", () -> Text.required("name", customer.name(), 200));
        CustomerKind kind = named("customer.kind", customer.kind(), CustomerKind.class, errors);
        Optional<String> email = Optional.ofNullable(errors.check("customer.email",
                () -> Text.optional("email", Optional.ofNullable(customer.email()), 254).orElse(null)));
        if (email.isPresent() && !email.get().matches("[^@\\s]+@[^@\\s]+")) {
            errors.add("customer.email", "'" + email.get() + "' is not an e-mail address");
        }
        Optional<String> phone = Optional.ofNullable(errors.check("customer.phone",
                () -> Text.optional("phone", Optional.ofNullable(customer.phone()), 40).orElse(null)));
        Address address = address("customer.address", customer.address(), errors);
        if (name == null || kind == null || address == null) {
            return null;
        }
        return new InlineCustomer(name, kind, email, phone, address);
    }

    private static OptionalLong siteId(SiteInput site, boolean newCustomer, FieldErrors errors) {
        if (site == null) {
            errors.add("site", "Site is required: an existing site's id or a new site's details");
            return OptionalLong.empty();
        }
        if (site.id() == null) {
            return OptionalLong.empty();
        }
        if (site.id() <= 0) {
            errors.add("site.id", "Site id must be a positive id, got " + site.id());
            return OptionalLong.empty();
        }
        if (newCustomer) {
            errors.add("site.id", "A new customer has no sites yet; describe the site instead");
            return OptionalLong.empty();
        }
        return OptionalLong.of(site.id());
    }

    private static SiteDetails inlineSite(SiteInput site, FieldErrors errors) {
        String name = errors.check("site.name", () -> Text.required("name", site.name(), 200));
        Address address = address("site.address", site.address(), errors);
        Double lat = coordinate("site.lat", site.lat(), () -> new GeoPoint(site.lat(), 0), errors);
        Double lon = coordinate("site.lon", site.lon(), () -> new GeoPoint(0, site.lon()), errors);
        Optional<String> notes = Optional.ofNullable(errors.check("site.accessNotes",
                () -> Text.optional("accessNotes", Optional.ofNullable(site.accessNotes()), 2000).orElse(null)));
        if (name == null || address == null || lat == null || lon == null) {
            return null;
        }
        return new SiteDetails(name, address, new GeoPoint(lat, lon), notes, Optional.empty());
    }

    private static Double coordinate(String field, Double value, Supplier<GeoPoint> range,
                                     FieldErrors errors) {
        if (value == null) {
            errors.add(field, "The site's coordinates are required, so the job can be routed");
            return null;
        }
        return errors.check(field, range) == null ? null : value;
    }

    private static Address address(String prefix, AddressInput input, FieldErrors errors) {
        if (input == null) {
            errors.add(prefix, "Address is required");
            return null;
        }
        String street = errors.check(prefix + ".street", () -> Text.required("street", input.street(), 200));
        String city = errors.check(prefix + ".city", () -> Text.required("city", input.city(), 100));
        String postalCode = errors.check(prefix + ".postalCode", () -> Text.required("postalCode", input.postalCode(), 20));
        String country = errors.check(prefix + ".country", () -> Text.required("country", input.country(), 2));
        if (country != null && !country.matches("[A-Z]{2}")) {
            errors.add(prefix + ".country", "Country must be a two-letter ISO code such as US, got '" + country + "'");
            country = null;
        }
        if (street == null || city == null || postalCode == null || country == null) {
            return null;
        }
        return new Address(street, city, postalCode, country);
    }

    private static Priority priority(String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return Priority.NORMAL;
        }
        return named("priority", value, Priority.class, errors);
    }

    private static <E extends Enum<E>> E named(String field, String value, Class<E> type, FieldErrors errors) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!names.contains(wanted)) {
            errors.add(field, (value == null ? "A value is required" : "'" + value + "' is not allowed")
                    + "; use one of " + String.join(", ", names));
            return null;
        }
        return Enum.valueOf(type, wanted);
    }

    private static Optional<TimeSlot> window(WindowInput window, FieldErrors errors) {
        if (window == null) {
            return Optional.empty();
        }
        Instant start = instant("requestedWindow.start", window.start(), errors);
        Instant end = instant("requestedWindow.end", window.end(), errors);
        if (start == null || end == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(errors.check("requestedWindow.end", () -> new TimeSlot(start, end)));
    }

    private static Instant instant(String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "A time is required, e.g. 2026-03-02T14:00:00Z");
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "'" + value + "' is not an ISO-8601 instant such as 2026-03-02T14:00:00Z");
            return null;
        }
    }
}
