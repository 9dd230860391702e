package com.fieldwork.core.intake;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConflictException;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.CustomerDetails;
import com.fieldwork.core.customer.Site;
import com.fieldwork.core.organisation.Branch;
import com.fieldwork.core.security.Permission;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderRepository;
import com.fieldwork.core.workorder.WorkOrderService;
import com.fieldwork.core.workorder.WorkOrderSource;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Work orders sent in by other systems. The caller's external reference is the identity of a request:
 * a resend with the same reference gets the first order back and changes nothing, even when the
 * payload differs (the first version wins; changes go through the office, not a resend). The replay is
 * checked before any customer or site is created, so a resend cannot duplicate inline customers.
 */
public final class IntakeService {

    static final WorkOrderSource SOURCE = WorkOrderSource.API;
    /** When no template says how long the job takes: a typical single visit. */
    static final Duration DEFAULT_ESTIMATE = Duration.ofMinutes(60);

    private final IntakeValidator validator = new IntakeValidator();
    private final WorkOrderService workOrderService;
    private final WorkOrderRepository workOrders;
    private final IntakeLookups lookups;
    private final IntakeResolver resolver;

    public IntakeService(WorkOrderService workOrderService, WorkOrderRepository workOrders, IntakeLookups lookups) {
        this.workOrderService = Objects.requireNonNull(workOrderService, "workOrderService");
        this.workOrders = Objects.requireNonNull(workOrders, "workOrders");
        this.lookups = Objects.requireNonNull(lookups, "lookups");
        this.resolver = new IntakeResolver(lookups);
    }

    /**
     * @throws IntakeValidationException listing every bad field and every reference that does not exist
     * @throws com.fieldwork.core.security.PermissionDeniedException without WORK_ORDER_CREATE, or without
     *                                                               CUSTOMER_EDIT when the request describes a new customer or site
     */
    public IntakeResult submit(Actor actor, IntakeRequest request) {
        actor.require(Permission.WORK_ORDER_CREATE);
        ValidIntake intake = validator.validate(request);
        Optional<WorkOrder> earlier = workOrders.findByExternalRef(SOURCE, intake.externalRef());
        if (earlier.isPresent()) {
            return new IntakeResult(earlier.get(), false);
        }
        IntakeResolver.Resolved resolved = resolver.resolve(intake);
        if (intake.newCustomer().isPresent() || intake.newSite().isPresent()) {
            actor.require(Permission.CUSTOMER_EDIT);
        }
        Customer customer = resolved.customer().orElseGet(() -> createCustomer(intake, actor));
        Site site = resolved.site().orElseGet(() ->
                lookups.customers().addSite(customer.id(), intake.newSite().orElseThrow(), actor));
        var template = resolved.template();
        int minutes = (int) template.map(t -> t.defaultDuration()).orElse(DEFAULT_ESTIMATE).toMinutes();
        NewWorkOrder order = new NewWorkOrder(customer.id(), site.id(), resolved.assetId(), resolved.serviceType().id(),
                template.map(t -> OptionalLong.of(t.id())).orElse(OptionalLong.empty()),
                customer.details().branchId(), intake.priority(), intake.summary(), intake.description(), minutes,
                SOURCE, Optional.of(intake.externalRef()), intake.window(),
                template.map(t -> t.requiredSkills()).orElse(List.of()),
                template.map(t -> t.defaultParts()).orElse(List.of()));
        return new IntakeResult(workOrderService.create(order, actor), true);
    }

    /** A new customer belongs to the branch nearest its (new) site, which is who will go out there. */
    private Customer createCustomer(ValidIntake intake, Actor actor) {
        ValidIntake.InlineCustomer inline = intake.newCustomer().orElseThrow();
        GeoPoint where = intake.newSite().orElseThrow().location();
        Branch branch = lookups.branches().list().stream()
                .min(Comparator.comparingDouble(b -> b.location().distanceKm(where)))
                .orElseThrow(() -> new ConflictException("The company has no branch yet to take new customers"));
        return lookups.customers().create(new CustomerDetails(inline.name(), inline.kind(), inline.email(),
                inline.phone(), inline.address(), branch.id(), Optional.empty(), Optional.empty()), actor);
    }
}
