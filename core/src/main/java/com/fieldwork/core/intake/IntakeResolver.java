package com.fieldwork.core.intake;

import com.fieldwork.core.asset.Asset;
import com.fieldwork.core.catalog.ServiceType;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.Site;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Looks up everything a valid intake refers to, before anything is written, and reports every
 * reference that does not resolve at once, under the same JSON paths as {@link IntakeValidator}.
 */
final class IntakeResolver {

    private final IntakeLookups lookups;

    IntakeResolver(IntakeLookups lookups) {
        this.lookups = Objects.requireNonNull(lookups, "lookups");
    }

    /** The stored things a request names; empty customer/site mean "create the inline one". */
    record Resolved(Optional<Customer> customer, Optional<Site> site, OptionalLong assetId, ServiceType serviceType,
                    Optional<WorkOrderTemplate> template) {
    }

    /** @throws IntakeValidationException naming each reference that does not resolve */
    Resolved resolve(ValidIntake intake) {
        FieldErrors errors = new FieldErrors();
        Optional<Customer> customer = intake.customerNumber().flatMap(number -> {
            Optional<Customer> found = lookups.customers().findByNumber(number);
            if (found.isEmpty()) {
                errors.add("customer.number", "There is no customer " + number);
            }
            return found;
        });
        Optional<Site> site = Optional.empty();
        if (intake.siteId().isPresent() && customer.isPresent()) {
            long id = intake.siteId().getAsLong();
            site = lookups.customers().findSite(id).filter(s -> s.customerId() == customer.get().id());
            if (site.isEmpty()) {
                // the same answer whether the site is missing or someone else's: ids are not a secret
                // worth keeping, but a mismatch is the caller's mapping bug either way
                errors.add("site.id", "Customer " + customer.get().number() + " has no site " + id);
            }
        }
        OptionalLong assetId = asset(intake, site, errors);
        Optional<ServiceType> serviceType = lookups.serviceTypes().list().stream()
                .filter(type -> type.code().equalsIgnoreCase(intake.serviceTypeCode())).findFirst();
        if (serviceType.isEmpty()) {
            errors.add("serviceTypeCode", "There is no service type " + intake.serviceTypeCode());
        }
        // a template is looked for within its service type; an unknown type already says what is wrong
        Optional<WorkOrderTemplate> template = intake.templateCode().filter(code -> serviceType.isPresent()).flatMap(code -> {
            Optional<WorkOrderTemplate> found = lookups.templates().templatesFor(serviceType.get().id(), false).stream()
                    .filter(t -> t.code().equalsIgnoreCase(code)).findFirst();
            if (found.isEmpty()) {
                errors.add("templateCode", "There is no active template " + code + " for service type "
                        + intake.serviceTypeCode());
            }
            return found;
        });
        errors.throwIfAny();
        return new Resolved(customer, site, assetId, serviceType.orElseThrow(), template);
    }

    private OptionalLong asset(ValidIntake intake, Optional<Site> site, FieldErrors errors) {
        if (intake.assetSerial().isEmpty()) {
            return OptionalLong.empty();
        }
        String serial = intake.assetSerial().get();
        if (intake.newSite().isPresent()) {
            errors.add("asset.serial", "A new site has no assets yet; leave the asset out");
            return OptionalLong.empty();
        }
        if (site.isEmpty()) {
            return OptionalLong.empty(); // the site's own error says why
        }
        Optional<Asset> found = lookups.assets().findBySerial(serial).stream()
                .filter(asset -> asset.details().siteId() == site.get().id()).findFirst();
        if (found.isEmpty()) {
            errors.add("asset.serial", "There is no asset with serial " + serial + " at site " + site.get().id());
            return OptionalLong.empty();
        }
        return OptionalLong.of(found.get().id());
    }
}
