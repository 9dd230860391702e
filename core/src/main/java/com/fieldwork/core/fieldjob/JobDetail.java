package com.fieldwork.core.fieldjob;

import com.fieldwork.core.asset.Asset;
import com.fieldwork.core.asset.AssetServiceRecord;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.customer.Contact;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.Site;
import com.fieldwork.core.inventory.StockReservation;
import com.fieldwork.core.schedule.Visit;
import com.fieldwork.core.workorder.StatusHistoryEntry;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderNote;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a technician reads about one of their jobs, on site and before going.
 *
 * @param visits       this technician's visits on the work order (not other technicians'), in start order
 * @param contacts     the customer's contacts for this site or for the whole customer, primary first
 * @param assetHistory earlier jobs on the asset, newest first, without this work order
 * @param template     the template the order was made from, with its checklist in position order
 * @param answers      the checklist answers given so far, by item id
 * @param reservations every reservation made for the job, whatever its status
 * @param notes        all notes, internal ones too: a technician is staff; {@code internal} keeps them
 *                     off anything shown to the customer
 */
public record JobDetail(WorkOrder workOrder, List<Visit> visits, Customer customer, Site site, List<Contact> contacts,
                        Optional<Asset> asset, List<AssetServiceRecord> assetHistory,
                        Optional<WorkOrderTemplate> template, List<ChecklistAnswerView> answers,
                        List<RequiredPart> parts, List<StockReservation> reservations, List<WorkOrderNote> notes,
                        List<AttachmentInfo> attachments, List<StatusHistoryEntry> history) {

    public JobDetail {
        Objects.requireNonNull(workOrder, "workOrder");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(template, "template");
        visits = List.copyOf(visits);
        contacts = List.copyOf(contacts);
        assetHistory = List.copyOf(assetHistory);
        answers = List.copyOf(answers);
        parts = List.copyOf(parts);
        reservations = List.copyOf(reservations);
        notes = List.copyOf(notes);
        attachments = List.copyOf(attachments);
        history = List.copyOf(history);
    }
}
