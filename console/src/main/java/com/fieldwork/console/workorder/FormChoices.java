package com.fieldwork.console.workorder;

import com.fieldwork.console.ConsoleServices;
import com.fieldwork.core.catalog.ServiceType;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.organisation.Branch;

import java.util.ArrayList;
import java.util.List;

/** The fixed choices of the work-order form, read once in the background. */
record FormChoices(List<ServiceType> serviceTypes, List<WorkOrderTemplate> templates, List<Branch> branches) {

    static FormChoices load(ConsoleServices services) {
        List<ServiceType> types = services.serviceTypes().list();
        List<WorkOrderTemplate> templates = new ArrayList<>();
        types.forEach(type -> templates.addAll(services.templates().templatesFor(type.id(), false)));
        return new FormChoices(types, templates, services.branches().list());
    }
}
