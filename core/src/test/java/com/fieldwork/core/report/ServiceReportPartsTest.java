package com.fieldwork.core.report;

import com.fieldwork.core.fieldjob.PartUsedOnJob;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report lists what stayed on the job: uses of a part add up, returns come off, a part given back in full goes. */
class ServiceReportPartsTest {

    @Test
    void partsAreNetOfReturnsInTheOrderFirstUsed() {
        List<ServiceReport.PartLine> lines = ServiceReportAssembler.parts(List.of(
                use(1, "FLT", "2", false), use(2, "IGN", "1", false), use(1, "FLT", "1", false),
                use(1, "FLT", "1", true), use(3, "VLV", "1", false), use(3, "VLV", "1", true)));

        assertThat(lines).extracting(ServiceReport.PartLine::sku).containsExactly("FLT", "IGN");
        assertThat(lines.get(0).quantity()).isEqualByComparingTo("2");
        assertThat(lines.get(0).lineTotal()).isEqualByComparingTo("24.50");
        assertThat(lines.get(1).lineTotal()).isEqualByComparingTo("48.25");
    }

    private static PartUsedOnJob use(long partId, String sku, String quantity, boolean returned) {
        BigDecimal price = sku.equals("FLT") ? new BigDecimal("12.25") : new BigDecimal("48.25");
        return new PartUsedOnJob(partId, partId, sku, sku + " part", "pc", new BigDecimal(quantity), returned, "VAN-1",
                "Van 1", "Sam", Instant.EPOCH, price);
    }
}
