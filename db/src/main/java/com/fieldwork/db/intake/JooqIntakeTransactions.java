package com.fieldwork.db.intake;

import com.fieldwork.core.intake.IntakeLookups;
import com.fieldwork.core.intake.IntakeScope;
import com.fieldwork.core.intake.IntakeTransactions;
import com.fieldwork.db.asset.JooqAssetRepository;
import com.fieldwork.db.catalog.JooqServiceTypeRepository;
import com.fieldwork.db.catalog.JooqTemplateRepository;
import com.fieldwork.db.customer.JooqCustomerRepository;
import com.fieldwork.db.organisation.JooqBranchRepository;
import com.fieldwork.db.workorder.WorkOrderWiring;
import org.jooq.DSLContext;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * Intake's repositories over one jOOQ transaction. The repositories' own transactions nest inside it as
 * savepoints, so their audit and change-feed rows still commit only with the whole request.
 */
public final class JooqIntakeTransactions implements IntakeTransactions {

    private final DSLContext dsl;
    private final Clock clock;

    public JooqIntakeTransactions(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public <T> T inTransaction(Function<IntakeScope, T> work) {
        return dsl.transactionResult(cfg -> work.apply(scope(cfg.dsl())));
    }

    private IntakeScope scope(DSLContext tx) {
        var wiring = WorkOrderWiring.over(tx, clock);
        return new IntakeScope(wiring.service(), wiring.workOrders(), new IntakeLookups(new JooqCustomerRepository(tx, clock),
                new JooqAssetRepository(tx, clock), new JooqServiceTypeRepository(tx, clock),
                new JooqTemplateRepository(tx, clock), new JooqBranchRepository(tx, clock)));
    }
}
