package com.fieldwork.db.billing;

import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceNumber;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static com.fieldwork.db.jooq.Tables.BRANCH;
import static com.fieldwork.db.jooq.Tables.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many accountants issuing at the same instant, each its own transaction on its own connection: the branch's
 * number_sequence row lock must hand out 1..N with no duplicate and no gap, and a rolled-back issue must not
 * leave a hole.
 */
class InvoiceNumberingConcurrencyTest extends DatabaseTest {

    private static final int THREADS = 8;
    private static final int DRAFTS = 24;

    private BillingWorld w;

    @BeforeEach
    void world() {
        w = new BillingWorld(dsl());
    }

    @Test
    void concurrentIssuersGetOneToNWithoutGapsOrDuplicatesEvenWhenSomeRollBack() throws Exception {
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < DRAFTS; i++) {
            drafts.add(w.draftOf(w.completedJob().id()));
        }
        // every third issuer fails after taking its number (e.g. the PDF could not be stored) and rolls back
        List<Callable<String>> issuers = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            long draft = drafts.get(i);
            boolean fails = i % 3 == 0;
            issuers.add(() -> {
                try {
                    return dsl().transactionResult(cfg -> {
                        Invoice issued = new JooqInvoices(cfg.dsl(), w.clock).issue(draft, 0, w.accountant);
                        if (fails) {
                            throw new IllegalStateException("rolled back");
                        }
                        return issued.number().orElseThrow();
                    });
                } catch (IllegalStateException e) {
                    return null;
                }
            });
        }

        List<String> numbers = race(issuers).stream().filter(n -> n != null).toList();
        // the rolled-back ones, issued again afterwards, continue the series without a hole
        for (int i = 0; i < drafts.size(); i += 3) {
            w.invoices.issue(drafts.get(i), 0, w.accountant);
        }

        assertThat(numbers).hasSize(DRAFTS - DRAFTS / 3).doesNotHaveDuplicates();
        List<Long> sequence = dsl().select(INVOICE.NUMBER).from(INVOICE).fetch(INVOICE.NUMBER).stream()
                .map(n -> Long.parseLong(n.substring(n.indexOf('-') + 1))).sorted().toList();
        assertThat(sequence).containsExactlyElementsOf(LongStream.rangeClosed(1, DRAFTS).boxed().toList());
    }

    @Test
    void twoBranchesCountIndependently() throws Exception {
        long otherBranch = w.seed.branch();
        long otherCustomer = w.seed.customer(otherBranch);
        var otherAccountant = w.seed.user(Role.ACCOUNTANT, otherBranch);
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            drafts.add(w.draftOf(w.completedJob().id()));
        }
        // move half of them to the other branch's customer and branch
        for (int i = 0; i < 3; i++) {
            dsl().update(INVOICE).set(INVOICE.BRANCH_ID, otherBranch).set(INVOICE.CUSTOMER_ID, otherCustomer)
                    .where(INVOICE.ID.eq(drafts.get(i))).execute();
        }
        List<Callable<String>> issuers = drafts.stream()
                .map(id -> (Callable<String>) () -> w.invoices.issue(id, 0, otherAccountant).number().orElseThrow())
                .toList();

        String here = code(w.branch);
        String there = code(otherBranch);
        assertThat(race(issuers)).containsExactlyInAnyOrder(here + "-000001", here + "-000002", here + "-000003",
                there + "-000001", there + "-000002", there + "-000003");
        assertThat(InvoiceNumber.sequenceScope(otherBranch)).isEqualTo("INVOICE:" + otherBranch);
    }

    private String code(long branch) {
        return dsl().select(BRANCH.CODE).from(BRANCH).where(BRANCH.ID.eq(branch)).fetchSingle(BRANCH.CODE);
    }

    /** Runs the calls on {@link #THREADS} threads, all released by one latch so they really contend. */
    private static <T> List<T> race(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
