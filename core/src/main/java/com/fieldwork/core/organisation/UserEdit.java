package com.fieldwork.core.organisation;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.security.Role;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** What an administrator may change on a user: not the username, which the audit log quotes. */
public record UserEdit(String displayName, Optional<String> email, Optional<String> phone, Role role,
                       OptionalLong branchId) {

    public UserEdit {
        Objects.requireNonNull(role, "role");
        check(displayName, email, phone, branchId);
        displayName = displayName.trim();
        email = Text.optional("email", email, 254);
        phone = Text.optional("phone", phone, 40);
    }

    static void check(String displayName, Optional<String> email, Optional<String> phone, OptionalLong branchId) {
        Text.required("displayName", displayName, 200);
        Objects.requireNonNull(branchId, "branchId");
        Optional<String> mail = Text.optional("email", email, 254);
        Text.optional("phone", phone, 40);
        if (mail.isPresent() && !mail.get().matches("[^@\\s]+@[^@\\s]+")) {
            throw new ValidationException("email", "'" + mail.get() + "' is not an e-mail address");
        }
        if (branchId.isPresent() && branchId.getAsLong() <= 0) {
            throw new ValidationException("branchId", "branchId must be a positive id, got " + branchId.getAsLong());
        }
    }
}
