package com.fieldwork.core.billing;

import com.fieldwork.core.common.Actor;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.ContentStore;

import java.util.Objects;
import java.util.Optional;

/**
 * Files an issued invoice's PDF on its work order, like the service report: drawn, stored by content, recorded
 * as an attachment. Done after the issuing transaction (the number is final by then); a failure here leaves
 * the invoice issued, and the accountant can still save the PDF from the Invoices screen.
 */
public final class InvoiceFiling {

    private final InvoiceRenderer renderer;
    private final ContentStore content;
    private final InvoiceFiles files;

    public InvoiceFiling(InvoiceRenderer renderer, ContentStore content, InvoiceFiles files) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.content = Objects.requireNonNull(content, "content");
        this.files = Objects.requireNonNull(files, "files");
    }

    /** The attachment made; none for an invoice without a work order. */
    public Optional<Attachment> file(InvoiceSheet sheet, Actor actor) {
        Invoice invoice = sheet.invoice();
        if (invoice.workOrderId().isEmpty()) {
            return Optional.empty();
        }
        byte[] pdf = renderer.render(sheet);
        return Optional.of(files.add(invoice.workOrderId().getAsLong(), fileName(invoice), content.put(pdf), actor));
    }

    /** "Invoice DEN-000012.pdf", "Credit note DEN-000013.pdf": what the Files tab lists. */
    static String fileName(Invoice invoice) {
        return (invoice.kind() == InvoiceKind.CREDIT_NOTE ? "Credit note " : "Invoice ")
               + invoice.number().orElse("draft " + invoice.id()) + ".pdf";
    }
}
