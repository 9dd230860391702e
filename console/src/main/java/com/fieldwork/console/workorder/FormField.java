package com.fieldwork.console.workorder;

/** The work-order form's fields that can carry an inline validation message. */
public enum FormField {
    CUSTOMER("customerId"),
    SITE("siteId"),
    SERVICE_TYPE("serviceTypeId"),
    BRANCH("branchId"),
    SUMMARY("summary"),
    DESCRIPTION("description"),
    MINUTES("estimatedMinutes");

    private final String coreName;

    FormField(String coreName) {
        this.coreName = coreName;
    }

    /** The field a core {@code ValidationException} names, mapped back to the form's. */
    static java.util.Optional<FormField> ofCoreName(String name) {
        for (FormField field : values()) {
            if (field.coreName.equals(name)) {
                return java.util.Optional.of(field);
            }
        }
        return java.util.Optional.empty();
    }
}
