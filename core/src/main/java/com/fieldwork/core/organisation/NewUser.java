package com.fieldwork.core.organisation;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.security.Role;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A user to create; the password is passed separately so it never sits in a record's toString. */
public record NewUser(String username, String displayName, Optional<String> email, Optional<String> phone, Role role,
                      OptionalLong branchId) {

    public NewUser {
        username = Text.required("username", username, 60).toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9._@-]+")) {
            throw new ValidationException("username",
                    "A username uses letters, digits and . _ @ - only, got '" + username + "'");
        }
        Objects.requireNonNull(role, "role");
        UserEdit.check(displayName, email, phone, branchId);
        displayName = displayName.trim();
        email = Text.optional("email", email, 254);
        phone = Text.optional("phone", phone, 40);
    }
}
