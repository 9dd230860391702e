package com.fieldwork.core.fieldjob;

import java.util.List;

/**
 * What technicians recorded on a job, as the office reads it: with the names of the people and parts, for any
 * job (unlike {@link FieldJobs}, which a phone reads scoped to its own technician). Labor and signatures are read
 * through {@link com.fieldwork.core.field.LaborEntries} and {@link com.fieldwork.core.field.SignatureRepository}.
 */
public interface JobRecordReads {

    /** Every file on the job (photos, signature images, documents) with who uploaded it, in upload order. */
    List<AttachmentInfo> attachments(long workOrderId);

    /**
     * Parts taken from stock for the job and parts given back from it (the ledger's CONSUME and RETURN rows
     * booked to the work order), oldest first.
     */
    List<PartUsedOnJob> partsUsed(long workOrderId);
}
