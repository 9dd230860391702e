package com.fieldwork.api.records;

import com.fieldwork.core.catalog.PartRepository;
import com.fieldwork.core.field.ChecklistAnswers;
import com.fieldwork.core.field.LaborEntries;
import com.fieldwork.core.field.LocationPings;
import com.fieldwork.core.field.PhotoUploads;
import com.fieldwork.core.field.SignatureCapture;
import com.fieldwork.core.field.SignatureRepository;
import com.fieldwork.core.inventory.StockLedger;
import com.fieldwork.core.inventory.StockLocationRepository;
import com.fieldwork.core.workorder.WorkOrderService;

import java.util.Objects;

/**
 * The core ports behind the field-record routes, built by the wiring code ({@code FieldApiContext}) so
 * that nothing in this package names the db module.
 */
public record RecordServices(PhotoUploads photos, SignatureCapture signatureCapture, SignatureRepository signatures,
                             ChecklistAnswers checklist, LaborEntries labor, LocationPings pings, StockLedger ledger,
                             StockLocationRepository stockLocations, PartRepository parts, WorkOrderService workOrders) {

    public RecordServices {
        Objects.requireNonNull(photos, "photos");
        Objects.requireNonNull(signatureCapture, "signatureCapture");
        Objects.requireNonNull(signatures, "signatures");
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(labor, "labor");
        Objects.requireNonNull(pings, "pings");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(stockLocations, "stockLocations");
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(workOrders, "workOrders");
    }
}
