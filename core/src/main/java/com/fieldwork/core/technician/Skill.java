package com.fieldwork.core.technician;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

import java.util.Locale;

/** Something a job can require and a technician can have, e.g. GAS_SAFE "Gas Safe registered". */
public record Skill(long id, String code, String name) {

    public Skill {
        code = Text.required("code", code, 40).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9_-]+")) {
            throw new ValidationException("code", "A skill code uses capital letters, digits, '-' and '_' only, got '"
                    + code + "'");
        }
        name = Text.required("name", name, 200);
    }
}
