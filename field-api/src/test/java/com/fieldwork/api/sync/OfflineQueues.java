package com.fieldwork.api.sync;

import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.completion.CompletionRequest;
import com.fieldwork.core.field.LocationPing;
import com.fieldwork.core.field.NewLaborEntry;
import com.fieldwork.core.field.NewSignature;
import com.fieldwork.core.field.SignatureImage;
import com.fieldwork.core.inventory.PartUse;
import com.fieldwork.core.sync.SyncEvent;
import com.fieldwork.core.sync.SyncPayload;
import com.fieldwork.core.workorder.WorkOrderStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;

import static com.fieldwork.core.workorder.WorkOrderStatus.ARRIVED;
import static com.fieldwork.core.workorder.WorkOrderStatus.ASSIGNED;
import static com.fieldwork.core.workorder.WorkOrderStatus.EN_ROUTE;
import static com.fieldwork.core.workorder.WorkOrderStatus.IN_PROGRESS;
import static com.fieldwork.core.workorder.WorkOrderStatus.WAITING_FOR_PARTS;

/**
 * A technician's day as a phone would queue it: per job a legal walk of status moves (sometimes turned back,
 * sometimes waiting for parts, sometimes not finished), interleaved with notes, checklist answers (items
 * answered several times, so the newest answer must win), labor that never overlaps, parts used from the van,
 * location pings (one per instant, as a phone takes them), signatures, and on some days "job done" on the
 * first job as the day's last event. Seeded: the same seed gives the same queue, ids included.
 * <p>A completion's proof is on the server before its event, as the protocol asks: the photo is uploaded by
 * its own PUT and the required answers recorded ({@link #proofFirst}), so no arrival order can make it
 * incomplete. Signatures go to the other jobs: which signature a completion takes is the job's latest
 * <em>present</em>, so one queued for the same job in another batch would make the answer order-dependent
 * (within one batch client-time order settles it; see SyncFieldRecordsEndpointTest).
 */
final class OfflineQueues {

    private final Random random;

    OfflineQueues(long seed) {
        this.random = new Random(seed);
    }

    /** The technician's events, in client-time order; {@code lastStatus} gets each job's final walk status. */
    List<SyncEvent> day(List<Long> jobs, List<Long> items, long part, int count, Map<Long, WorkOrderStatus> lastStatus,
                        Map<Long, UUID> proofFirst) {
        List<Object> tokens = new ArrayList<>();
        Map<Long, List<WorkOrderStatus>> walks = new HashMap<>();
        for (long job : jobs) {
            List<WorkOrderStatus> walk = walk();
            walks.put(job, walk);
            lastStatus.put(job, walk.isEmpty() ? ASSIGNED : walk.get(walk.size() - 1));
            walk.forEach(step -> tokens.add(job));
        }
        while (tokens.size() < count) {
            tokens.add(random.nextInt(100));
        }
        Collections.shuffle(tokens, random);
        Map<Long, Integer> stepOf = new HashMap<>();
        List<SyncEvent> events = new ArrayList<>();
        Instant time = SyncWorld.SET_UP.plus(Duration.ofMinutes(10));
        int labor = 0;
        for (Object token : tokens) {
            time = time.plusSeconds(61);
            SyncPayload payload;
            if (token instanceof Long job) {
                int step = stepOf.merge(job, 1, Integer::sum) - 1;
                payload = new SyncPayload.StatusChangeEvent(job, walks.get(job).get(step), Optional.empty(),
                        Optional.of("step " + step));
            } else {
                int dice = (Integer) token;
                long job = jobs.get(random.nextInt(jobs.size()));
                UUID id = id();
                if (dice < 30) {
                    payload = new SyncPayload.NoteEvent(job, "note " + id, false);
                } else if (dice < 55) {
                    int item = random.nextInt(items.size());
                    ChecklistAnswer answer = item < 2 ? new ChecklistAnswer.YesNo(random.nextBoolean())
                            : new ChecklistAnswer.FreeText("remark " + random.nextInt(1000));
                    payload = new SyncPayload.ChecklistAnswerEvent(job, items.get(item), answer);
                } else if (dice < 70) {
                    Instant start = SyncWorld.SET_UP.plus(Duration.ofMinutes(30L + 10L * labor++));
                    payload = new SyncPayload.LaborEvent(new NewLaborEntry(id, job, OptionalLong.empty(), start,
                            start.plus(Duration.ofMinutes(8)), true, Optional.empty()));
                } else if (dice < 80) {
                    payload = new SyncPayload.PartUsedEvent(job, new PartUse(OptionalLong.of(part), Optional.empty(),
                            BigDecimal.valueOf(1 + random.nextInt(3)), id));
                } else if (dice < 93) {
                    payload = new SyncPayload.PingEvent(LocationPing.at(time, 39.7 + random.nextDouble() / 10,
                            -105 + random.nextDouble() / 10));
                } else {
                    long signed = jobs.get(jobs.size() - 1);
                    payload = new SyncPayload.SignatureEvent(new NewSignature(id, signed, OptionalLong.empty(),
                            "Customer " + random.nextInt(100), time, Optional.empty(),
                            new SignatureImage.SvgStrokes("<svg><path d='M0 0 L" + random.nextInt(50) + " 9'/></svg>")));
                }
                events.add(new SyncEvent(id, time, payload));
                continue;
            }
            events.add(new SyncEvent(id(), time, payload));
        }
        long first = jobs.get(0);
        if (jobs.size() > 1 && random.nextBoolean()) {
            UUID photo = id();
            proofFirst.put(first, photo);
            lastStatus.put(first, WorkOrderStatus.COMPLETED);
            CompletionRequest done = new CompletionRequest(OptionalLong.empty(), Optional.empty(), Optional.empty(),
                    random.nextBoolean(), true, Optional.of("done"), OptionalLong.empty(), Optional.empty());
            events.add(new SyncEvent(id(), time.plusSeconds(61),
                    new SyncPayload.CompleteEvent(first, done, Optional.of(List.of(photo)))));
        }
        return events;
    }

    /** A legal walk for a technician from Assigned; empty now and then (the job was never started). */
    private List<WorkOrderStatus> walk() {
        List<WorkOrderStatus> walk = new ArrayList<>();
        if (random.nextInt(10) == 0) {
            return walk;
        }
        walk.add(EN_ROUTE);
        if (random.nextInt(4) == 0) {
            walk.addAll(List.of(ASSIGNED, EN_ROUTE)); // turned back, set off again later
        }
        walk.add(ARRIVED);
        walk.add(IN_PROGRESS);
        if (random.nextInt(3) == 0) {
            walk.addAll(List.of(WAITING_FOR_PARTS, IN_PROGRESS));
        }
        // no COMPLETED: a technician completes with proof through the completion route, never by a queued status
        return walk;
    }

    /** The queue sent badly: every event at least once, ~30% twice, shuffled. */
    List<SyncEvent> resentShuffled(List<SyncEvent> events) {
        List<SyncEvent> sent = new ArrayList<>(events);
        for (SyncEvent event : events) {
            if (random.nextInt(100) < 30) {
                sent.add(event);
            }
        }
        Collections.shuffle(sent, random);
        return sent;
    }

    /** Cut into batches of random size, at most {@code max}. */
    List<List<SyncEvent>> batches(List<SyncEvent> events, int max) {
        List<List<SyncEvent>> batches = new ArrayList<>();
        for (int from = 0; from < events.size(); ) {
            int to = Math.min(events.size(), from + 1 + random.nextInt(max));
            batches.add(events.subList(from, to));
            from = to;
        }
        return batches;
    }

    /** A random fifth of the events, shuffled: a phone that lost its answers and retries. */
    List<SyncEvent> someAgain(List<SyncEvent> events) {
        List<SyncEvent> again = new ArrayList<>(events.stream().filter(e -> random.nextInt(5) == 0).toList());
        Collections.shuffle(again, random);
        return again;
    }

    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
