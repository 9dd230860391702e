package com.fieldwork.api.sync;

import com.fieldwork.core.sync.SyncPayload;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event names live twice: the API's {@link SyncEventType} (what the reader accepts and the document lists)
 * and core's {@link SyncPayload} records (what the receipt stores). This ties them together.
 */
class SyncEventTypeTest {

    @Test
    void everyWireTypeReadsIntoTheCorePayloadOfTheSameNameAndEveryPayloadHasOne() throws Exception {
        Set<Class<?>> covered = new HashSet<>();
        for (SyncEventType type : SyncEventType.values()) {
            Class<?> payload = coreRecordOf(type);

            assertThat(payload.getField("TYPE").get(null)).as(type.name()).isEqualTo(type.wire());
            covered.add(payload);
        }

        assertThat(covered).containsExactlyInAnyOrder(SyncPayload.class.getPermittedSubclasses());
    }

    private static Class<?> coreRecordOf(SyncEventType type) {
        Method toPayload = Arrays.stream(type.payload().getDeclaredMethods())
                .filter(m -> m.getName().equals("toPayload"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(type.payload() + " has no toPayload"));
        assertThat(SyncPayload.class).isAssignableFrom(toPayload.getReturnType());
        return toPayload.getReturnType();
    }
}
