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
    private final IntakeTransactions transactions;

    public IntakeService(IntakeTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * Creates the order (and the customer and site it describes inline) in one transaction. Two first sends
     * of one reference at once: the database's unique (source, external_ref) lets one commit; the other rolls
     * back whole, inline customer included, and answers with the winner's order as a resend would.
     *
     * @throws IntakeValidationException listing every bad field and every reference that does not exist
     * @throws com.fieldwork.core.security.PermissionDeniedException without WORK_ORDER_CREATE, or without
     *                                                               CUSTOMER_EDIT when the request describes a new customer or site
     */
    public IntakeResult submit(Actor actor, IntakeRequest request) {
        actor.require(Permission.WORK_ORDER_CREATE);
        ValidIntake intake = validator.validate(request);
        try {
            return transactions.inTransaction(scope -> submit(scope, actor, intake));
        } catch (ConflictException e) {
            Optional<WorkOrder> winner = transactions.inTransaction(scope -> earlier(scope, intake));
            return winner.map(order -> new IntakeResult(order, false)).orElseThrow(() -> e);
        }
    }

    private static Optional<WorkOrder> earlier(IntakeScope scope, ValidIntake intake) {
        return scope.workOrders().findByExternalRef(SOURCE, intake.externalRef());
    }

    private static IntakeResult submit(IntakeScope scope, Actor actor, ValidIntake intake) {
        Optional<WorkOrder> earlier = earlier(scope, intake);
        if (earlier.isPresent()) {
            return new IntakeResult(earlier.get(), false);
        }
        IntakeLookups lookups = scope.lookups();
        IntakeResolver.Resolved resolved = new IntakeResolver(lookups).resolve(intake);
        if (intake.newCustomer().isPresent() || intake.newSite().isPresent()) {
            actor.require(Permission.CUSTOMER_EDIT);
        }
        Customer customer = resolved.customer().orElseGet(() -> createCustomer(lookups, intake, actor));
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
        return new IntakeResult(scope.workOrderService().create(order, actor), true);
    }

    /** A new customer belongs to the branch nearest its (new) site, which is who will go out there. */
    private static Customer createCustomer(IntakeLookups lookups, ValidIntake intake, Actor actor) {
        ValidIntake.InlineCustomer inline = intake.newCustomer().orElseThrow();
        GeoPoint where = intake.newSite().orElseThrow().location();
        Branch branch = lookups.branches().list().stream()
                .min(Comparator.comparingDouble(b -> b.location().distanceKm(where)))
                .orElseThrow(() -> new ConflictException("The company has no branch yet to take new customers"));
        return lookups.customers().create(new CustomerDetails(inline.name(), inline.kind(), inline.email(),
                inline.phone(), inline.address(), branch.id(), Optional.empty(), Optional.empty()), actor);
    }
}
