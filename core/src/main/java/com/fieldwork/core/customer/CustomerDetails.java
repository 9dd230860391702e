package com.fieldwork.core.customer;

import com.fieldwork.core.common.Address;
import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What an office user types to open or edit a customer; the number is given by the system. */
public record CustomerDetails(String name, CustomerKind kind, Optional<String> email, Optional<String> phone,
                              Address billingAddress, long branchId, Optional<LocalDate> contractUntil,
                              Optional<String> notes) {

    public CustomerDetails {
        name = Text.required("name", name, 200);
        Objects.requireNonNull(kind, "kind");
        email = Text.optional("email", email, 254);
        phone = Text.optional("phone", phone, 40);
        if (email.isPresent() && !email.get().matches("[^@\\s]+@[^@\\s]+")) {
            throw new ValidationException("email", "'" + email.get() + "' is not an e-mail address");
        }
        Objects.requireNonNull(billingAddress, "billingAddress");
        if (branchId <= 0) {
            throw new ValidationException("branchId", "branchId must be a positive id, got " + branchId);
        }
        Objects.requireNonNull(contractUntil, "contractUntil");
        notes = Text.optional("notes", notes, 4000);
    }
}
