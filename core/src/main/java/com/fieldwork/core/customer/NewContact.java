package com.fieldwork.core.customer;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A person to call at a customer, optionally for one site only. */
public record NewContact(OptionalLong siteId, String name, Optional<String> jobTitle, Optional<String> phone,
                         Optional<String> email, boolean primary) {

    public NewContact {
        Objects.requireNonNull(siteId, "siteId");
        name = Text.required("name", name, 200);
        jobTitle = Text.optional("jobTitle", jobTitle, 100);
        phone = Text.optional("phone", phone, 40);
        email = Text.optional("email", email, 254);
        if (email.isPresent() && !email.get().matches("[^@\\s]+@[^@\\s]+")) {
            throw new ValidationException("email", "'" + email.get() + "' is not an e-mail address");
        }
    }
}
