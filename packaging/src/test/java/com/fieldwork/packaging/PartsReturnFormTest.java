package com.fieldwork.packaging;

import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.console.workorder.records.PartsReturnForm;
import com.fieldwork.console.workorder.records.PartsReturns;
import com.fieldwork.console.workorder.records.ReturnablePart;
import com.fieldwork.core.billing.InvoiceLineKind;
import com.fieldwork.core.billing.InvoiceQuery;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.fieldjob.PartUsedOnJob;
import com.fieldwork.core.inventory.StockMovement;
import com.fieldwork.core.security.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Return unused parts" on a work order's Parts tab, on the demo company, without a screen. */
class PartsReturnFormTest {

    private final LaunchedDemo demo = LaunchedDemo.get();
    private final Actor dispatcher = demo.actor(Role.DISPATCHER);
    private final PartsReturns returns = new PartsReturns(demo.services().records().reads(),
            demo.services().workOrders(), demo.services().schedule().stockLocations(), demo.services().schedule().stock(),
            new SynchronousTaskExecutor(), dispatcher);

    /** A completed demo job that used parts (its invoice has a part line). */
    private long jobWithParts() {
        return demo.services().billing().service().page(InvoiceQuery.all(200), demo.actor(Role.ACCOUNTANT)).invoices()
                .stream().filter(i -> i.workOrderId().isPresent()
                        && i.lines().stream().anyMatch(l -> l.kind() == InvoiceLineKind.PART))
                .mapToLong(i -> i.workOrderId().getAsLong())
                .filter(id -> demo.services().records().reads().partsUsed(id).stream().noneMatch(PartUsedOnJob::returned))
                .findFirst().orElseThrow();
    }

    @Test
    void aDispatcherGivesBackPartOfWhatTheJobUsedIntoTheVanItCameFrom() {
        long job = jobWithParts();
        assertThat(returns.mayReturn()).isTrue();
        assertThat(new PartsReturns(demo.services().records().reads(), demo.services().workOrders(),
                demo.services().schedule().stockLocations(), demo.services().schedule().stock(),
                new SynchronousTaskExecutor(), demo.actor(Role.ACCOUNTANT)).mayReturn()).isFalse();
        List<PartsReturnForm> forms = new ArrayList<>();

        returns.prepare(job, forms::add);

        PartsReturnForm form = forms.get(0);
        ReturnablePart part = form.parts().get(0);
        form.partProperty().set(part);
        assertThat(form.quantityProperty().get()).isEqualTo(part.remaining().stripTrailingZeros().toPlainString());
        assertThat(form.destinationProperty().get().code()).isEqualTo(part.takenFromCode());

        form.quantityProperty().set(part.remaining().add(BigDecimal.ONE).toPlainString());
        assertThat(form.submit(m -> { })).isFalse();
        assertThat(form.quantityErrorProperty().get()).startsWith("At most ").contains(part.sku() + " can come back");
        form.quantityProperty().set("0");
        assertThat(form.submit(m -> { })).isFalse();
        assertThat(form.quantityErrorProperty().get()).isNotBlank();

        BigDecimal back = part.remaining().min(BigDecimal.ONE);
        form.quantityProperty().set(back.toPlainString());
        form.noteProperty().set("Second filter not needed");
        List<StockMovement> done = new ArrayList<>();
        assertThat(form.submit(m -> {
            done.add(m);
            returns.returned(m, form);
        })).isTrue();

        assertThat(form.refusalProperty().get()).isEmpty();
        assertThat(done).singleElement().satisfies(m -> assertThat(m.quantity()).isEqualByComparingTo(back));
        assertThat(returns.messageProperty().get()).startsWith("Returned " + back.stripTrailingZeros().toPlainString()
                + " " + part.unit() + " " + part.sku() + " to ");
        assertThat(demo.services().records().reads().partsUsed(job)).anySatisfy(u -> {
            assertThat(u.returned()).isTrue();
            assertThat(u.partId()).isEqualTo(part.partId());
        });
    }
}
