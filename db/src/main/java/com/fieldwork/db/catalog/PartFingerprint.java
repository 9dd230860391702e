package com.fieldwork.db.catalog;

import com.fieldwork.db.jooq.tables.records.PartRecord;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The part table has no version column (V3), so a part's version is a checksum of its values: an
 * edit presenting the checksum it read succeeds only if nobody changed any value since. Equal
 * values give equal checksums whatever the number's scale. Replace with a real version column
 * when a migration adds one; callers already treat the version as opaque.
 */
final class PartFingerprint {

    private PartFingerprint() {
    }

    static long of(PartRecord r) {
        String canonical = String.join("\u0000", r.getSku(), r.getName(), r.getUnit(), plain(r.getUnitCost()),
                plain(r.getUnitPrice()), plain(r.getReorderPoint()), String.valueOf(r.getActive()));
        CRC32 crc = new CRC32();
        crc.update(canonical.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
