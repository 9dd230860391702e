package com.fieldwork.api.sync;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.field.LaborEntry;
import com.fieldwork.core.field.RecordedAnswer;
import com.fieldwork.core.sync.SyncEvent;
import com.fieldwork.core.sync.SyncOutcome;
import com.fieldwork.core.sync.SyncService;
import com.fieldwork.core.workorder.WorkOrderNote;
import com.fieldwork.core.workorder.WorkOrderStatus;
import com.fieldwork.db.field.JooqChecklistAnswers;
import com.fieldwork.db.field.JooqLaborEntries;
import com.fieldwork.db.inventory.JooqStockLedger;
import com.fieldwork.db.testing.TestEngine;
import com.fieldwork.db.workorder.JooqWorkOrderRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static com.fieldwork.db.jooq.Tables.COMPLETION_RECORD;
import static com.fieldwork.db.jooq.Tables.LOCATION_PING;
import static com.fieldwork.db.jooq.Tables.SIGNATURE;
import static com.fieldwork.db.jooq.Tables.STOCK_MOVEMENT;
import static com.fieldwork.db.jooq.Tables.SYNC_RECEIPT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The property: replaying a queue, or any part of it, in any order, any number of times, ends in the
 * same state as sending each event once in client-time order. World A gets every technician's queue once, in
 * order; world B (built identically, so ids agree) gets it shuffled with ~30% resends in random batches, then
 * random fifths of it again. Statuses, notes, checklist answers, labor, van stock and the parts used, pings,
 * signatures, completion records and receipts must agree, and statuses match what the generated walks say.
 */
class SyncConvergenceTest {

    @Test
    void tenThousandEventsFromFiftyTechniciansConvergeOnH2() {
        converge(TestEngine.H2, 50, 200, 2);
    }

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void aThousandEventsFromTenTechniciansConverge(TestEngine engine) {
        converge(engine, 10, 100, 2);
    }

    private static void converge(TestEngine engine, int technicians, int eventsEach, int jobsEach) {
        try (SyncWorld inOrder = new SyncWorld(engine, technicians, jobsEach);
             SyncWorld replayed = new SyncWorld(engine, technicians, jobsEach)) {
            OfflineQueues queues = new OfflineQueues(20260310L + technicians);
            Map<Long, WorkOrderStatus> expectedStatus = new HashMap<>();
            Map<Long, UUID> proofFirst = new HashMap<>();
            List<List<SyncEvent>> days = new ArrayList<>();
            for (int t = 0; t < technicians; t++) {
                days.add(queues.day(inOrder.jobs.get(t), inOrder.items, inOrder.part, eventsEach, expectedStatus,
                        proofFirst));
            }
            for (SyncWorld world : List.of(inOrder, replayed)) {
                uploadProof(world, proofFirst);
            }
            int total = days.stream().mapToInt(List::size).sum();

            long started = System.nanoTime();
            SyncService a = inOrder.context.syncService();
            for (int t = 0; t < technicians; t++) {
                for (List<SyncEvent> batch : chunks(days.get(t), SyncController.MAX_EVENTS)) {
                    assertThat(a.apply(inOrder.technicians.get(t), batch))
                            .extracting(SyncOutcome::kind).containsOnly(SyncOutcome.Kind.APPLIED);
                }
            }
            long inOrderMillis = (System.nanoTime() - started) / 1_000_000;

            started = System.nanoTime();
            SyncService b = replayed.context.syncService();
            int sent = 0;
            for (int t = 0; t < technicians; t++) {
                Actor technician = replayed.technicians.get(t);
                List<SyncEvent> resent = queues.resentShuffled(days.get(t));
                for (List<SyncEvent> batch : queues.batches(resent, SyncController.MAX_EVENTS)) {
                    b.apply(technician, batch);
                }
                sent += resent.size();
                for (int round = 0; round < 3; round++) {
                    List<SyncEvent> again = queues.someAgain(days.get(t));
                    assertThat(b.apply(technician, again)).extracting(SyncOutcome::kind)
                            .doesNotContain(SyncOutcome.Kind.APPLIED);
                    sent += again.size();
                }
            }
            long replayedMillis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("sync convergence [%s]: %d events once in order in %d ms; %d sends shuffled/resent in %d ms%n",
                    engine, total, inOrderMillis, sent, replayedMillis);

            State expected = State.of(inOrder);
            assertThat(expected.statuses()).isEqualTo(new TreeMap<>(expectedStatus));
            // the generated day holds every kind of event, so each kind is compared on something
            assertThat(expected.partsUsed()).isNotEmpty();
            assertThat(expected.vanStock().values()).anyMatch(onHand -> !onHand.equals("1000"));
            assertThat(expected.pings()).isNotEmpty();
            assertThat(expected.signatures()).isNotEmpty();
            assertThat(expected.completions()).isNotEmpty().hasSize(proofFirst.size());
            assertThat(expected.receipts()).isEqualTo(total);
            assertThat(State.of(replayed)).isEqualTo(expected);
            assertThat(replayed.dsl.fetchCount(SYNC_RECEIPT, SYNC_RECEIPT.OUTCOME.eq("REJECTED"))).isZero();
        }
    }

    /** The photo's PUT and the required answers that come before a completion, the same in both worlds. */
    private static void uploadProof(SyncWorld world, Map<Long, UUID> proofFirst) {
        for (int t = 0; t < world.technicians.size(); t++) {
            for (long job : world.jobs.get(t)) {
                if (proofFirst.containsKey(job)) {
                    world.answerRequired(job, world.technicians.get(t));
                    world.photo(job, proofFirst.get(job), world.technicians.get(t));
                }
            }
        }
    }

    private static List<List<SyncEvent>> chunks(List<SyncEvent> events, int size) {
        List<List<SyncEvent>> chunks = new ArrayList<>();
        for (int i = 0; i < events.size(); i += size) {
            chunks.add(events.subList(i, Math.min(events.size(), i + size)));
        }
        return chunks;
    }

    /**
     * What a job looks like afterwards, keyed by work order id (the same in both worlds), and what the vans
     * hold, where the technicians were, who signed and how jobs were completed. Rows a replay inserts in another
     * order get other ids, so signatures and movements are compared by their client ids, not their ids.
     */
    record State(Map<Long, WorkOrderStatus> statuses, Map<Long, List<String>> notes,
                 Map<Long, Map<Long, String>> answers, Map<Long, List<String>> labor, int receipts,
                 Map<Long, String> vanStock, List<String> partsUsed, List<String> pings, List<String> signatures,
                 List<String> completions) {

        static State of(SyncWorld world) {
            var workOrders = new JooqWorkOrderRepository(world.dsl, world.clock);
            var checklist = new JooqChecklistAnswers(world.dsl, world.clock);
            var laborEntries = new JooqLaborEntries(world.dsl, world.clock);
            Map<Long, WorkOrderStatus> statuses = new TreeMap<>();
            Map<Long, List<String>> notes = new TreeMap<>();
            Map<Long, Map<Long, String>> answers = new TreeMap<>();
            Map<Long, List<String>> labor = new TreeMap<>();
            for (List<Long> jobs : world.jobs) {
                for (long job : jobs) {
                    statuses.put(job, workOrders.find(job).orElseThrow().status());
                    notes.put(job, workOrders.notes(job).stream().map(WorkOrderNote::body).sorted().toList());
                    Map<Long, String> byItem = new TreeMap<>();
                    for (RecordedAnswer answer : checklist.answers(job)) {
                        byItem.put(answer.checklistItemId(), answer.answer().toString());
                    }
                    answers.put(job, byItem);
                    labor.put(job, laborEntries.forWorkOrder(job).stream()
                            .map(LaborEntry::startedAt).map(Object::toString).sorted().toList());
                }
            }
            Map<Long, String> vanStock = new TreeMap<>();
            for (long van : world.vans) {
                vanStock.put(van, new JooqStockLedger(world.dsl, world.clock).level(van, world.part).onHand()
                        .stripTrailingZeros().toPlainString());
            }
            List<String> partsUsed = world.dsl.selectFrom(STOCK_MOVEMENT).where(STOCK_MOVEMENT.KIND.eq("CONSUME"))
                    .fetch(m -> m.getClientId() + " " + m.getWorkOrderId() + " " + m.getFromLocationId() + " "
                            + m.getQuantity().stripTrailingZeros().toPlainString())
                    .stream().sorted().toList();
            List<String> pings = world.dsl.selectFrom(LOCATION_PING)
                    .fetch(p -> p.getTechnicianId() + " " + p.getRecordedAt() + " " + p.getLat() + " " + p.getLon())
                    .stream().sorted().toList();
            List<String> signatures = world.dsl.selectFrom(SIGNATURE)
                    .fetch(g -> g.getClientId() + " " + g.getWorkOrderId() + " " + g.getSignerName() + " " + g.getSignedAt())
                    .stream().sorted().toList();
            List<String> completions = world.dsl.selectFrom(COMPLETION_RECORD)
                    .fetch(c -> c.getWorkOrderId() + " " + c.getCompletedAt() + " " + c.getFirstTimeFix() + " "
                            + c.getCustomerConfirmed() + " " + c.getSignatureId() + " " + c.getSummary())
                    .stream().sorted().toList();
            return new State(statuses, notes, answers, labor, world.dsl.fetchCount(SYNC_RECEIPT), vanStock, partsUsed,
                    pings, signatures, completions);
        }
    }
}
