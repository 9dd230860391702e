package com.fieldwork.core.intake;

import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.TimeSlot;
import com.fieldwork.core.customer.CustomerKind;
import com.fieldwork.core.customer.SiteDetails;
import com.fieldwork.core.workorder.Priority;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An {@link IntakeRequest} that passed {@link IntakeValidator}: trimmed, typed, and with exactly one of
 * number/inline for the customer and one of id/inline for the site. References are not looked up yet.
 */
public record ValidIntake(String externalRef, Optional<String> customerNumber, Optional<InlineCustomer> newCustomer,
                          OptionalLong siteId, Optional<SiteDetails> newSite, Optional<String> assetSerial,
                          String serviceTypeCode, Optional<String> templateCode, Priority priority, String summary,
                          Optional<String> description, Optional<TimeSlot> window) {

    public ValidIntake {
        Objects.requireNonNull(externalRef, "externalRef");
        if (customerNumber.isPresent() == newCustomer.isPresent()) {
            throw new IllegalArgumentException("Exactly one of customer number and new customer");
        }
        if (siteId.isPresent() == newSite.isPresent()) {
            throw new IllegalArgumentException("Exactly one of site id and new site");
        }
        Objects.requireNonNull(serviceTypeCode, "serviceTypeCode");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(summary, "summary");
    }

    /** A new customer as described in the request; its branch is decided when it is stored. */
    public record InlineCustomer(String name, CustomerKind kind, Optional<String> email, Optional<String> phone,
                                 Address address) {
    }
}
