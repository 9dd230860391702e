package com.fieldwork.core.catalog;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;

/**
 * A kind of job the company does ("Furnace repair"). The table has no active flag yet, so every
 * stored service type is offered; retiring one means retiring its templates.
 */
public record ServiceType(long id, String code, String name) {

    public ServiceType {
        if (id <= 0) {
            throw new ValidationException("id", "A service type id must be positive, got " + id);
        }
        code = Text.required("code", code, 40);
        name = Text.required("name", name, 200);
    }
}
