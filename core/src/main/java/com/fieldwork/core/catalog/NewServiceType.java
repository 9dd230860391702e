package com.fieldwork.core.catalog;

import com.fieldwork.core.common.Text;

/** A service type to create, or the new values of an existing one. */
public record NewServiceType(String code, String name) {

    public NewServiceType {
        code = Text.required("code", code, 40);
        name = Text.required("name", name, 200);
    }
}
