package com.fieldwork.db.sync;

import com.fieldwork.core.sync.SyncOutcome;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A receipt reads back exactly as it was written, whatever the phone put in a message or a value. */
class ReceiptJsonTest {

    private static final UUID ID = UUID.fromString("6f1c1f4e-2f4b-4d4e-9a55-0f0e7b1d2c3a");

    @Test
    void anAppliedResultRoundTrips() {
        SyncOutcome applied = SyncOutcome.applied(ID, Map.of("status", "ARRIVED", "version", "7"));
        String json = ReceiptJson.write(applied);

        assertThat(json).isEqualTo("{\"result\":{\"status\":\"ARRIVED\",\"version\":\"7\"}}");
        assertThat(ReceiptJson.read(ID, SyncOutcome.Kind.APPLIED, json)).isEqualTo(applied);
    }

    @Test
    void aRejectionWithQuotesBackslashesAndControlCharactersRoundTrips() {
        SyncOutcome rejected = SyncOutcome.rejected(ID, "validation_failed",
                "Remark \"too long\" at C:\\temp\nline two\t{not json}, é");

        assertThat(ReceiptJson.read(ID, SyncOutcome.Kind.REJECTED, ReceiptJson.write(rejected))).isEqualTo(rejected);
    }
}
