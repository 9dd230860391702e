package com.fieldwork.core.intake;

import com.fieldwork.core.asset.AssetRepository;
import com.fieldwork.core.catalog.ServiceTypeRepository;
import com.fieldwork.core.catalog.TemplateRepository;
import com.fieldwork.core.customer.CustomerRepository;
import com.fieldwork.core.organisation.BranchRepository;

import java.util.Objects;

/** The read and write ports intake needs besides work orders, in one bundle to keep constructors short. */
public record IntakeLookups(CustomerRepository customers, AssetRepository assets, ServiceTypeRepository serviceTypes,
                            TemplateRepository templates, BranchRepository branches) {

    public IntakeLookups {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(serviceTypes, "serviceTypes");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(branches, "branches");
    }
}
