package com.fieldwork.api.records;

import com.fieldwork.api.JsonBody;
import com.fieldwork.api.auth.CurrentActor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.field.NewSignature;
import com.fieldwork.core.field.Signature;
import com.fieldwork.core.field.SignatureCapture;
import com.fieldwork.core.field.SignatureImage;
import com.fieldwork.core.field.SignatureRepository;
import com.fieldwork.core.field.UnsupportedMediaTypeException;
import io.javalin.http.Context;

import java.util.Objects;
import java.util.Optional;

/** The customer signs on the phone; the image is checked by its content, stored, and recorded with the signer. */
final class SignatureController {

    private final SignatureCapture capture;
    private final SignatureRepository signatures;
    private final OwnJobs ownJobs;

    SignatureController(SignatureCapture capture, SignatureRepository signatures, OwnJobs ownJobs) {
        this.capture = Objects.requireNonNull(capture, "capture");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.ownJobs = Objects.requireNonNull(ownJobs, "ownJobs");
    }

    void sign(Context ctx) {
        long workOrderId = RecordParams.pathLong(ctx, "workOrderId");
        Actor actor = CurrentActor.of(ctx);
        ownJobs.require(actor, workOrderId);
        NewSignature signature = JsonBody.read(ctx, SignatureRequest.class).toSignature(workOrderId);
        // as for labor: the port returns a replay's signature without saying so, so look first
        boolean known = signatures.forWorkOrder(workOrderId).stream()
                .anyMatch(existing -> existing.clientId().equals(Optional.of(signature.clientId())));
        ctx.status(known ? 200 : 201).json(SignatureResponse.of(capture(signature, actor)));
    }

    /**
     * SVG strokes are a JSON text field: one with a script or a link is a bad field (400), while bytes that
     * are no PNG at all are the wrong media type (415).
     */
    private Signature capture(NewSignature signature, Actor actor) {
        try {
            return capture.capture(signature, actor);
        } catch (UnsupportedMediaTypeException e) {
            if (signature.image() instanceof SignatureImage.SvgStrokes) {
                throw new ValidationException("svg", e.getMessage());
            }
            throw e;
        }
    }
}
