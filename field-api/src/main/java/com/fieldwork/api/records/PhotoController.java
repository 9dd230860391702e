package com.fieldwork.api.records;

import com.fieldwork.api.auth.CurrentActor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.GeoPoint;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.field.Attachment;
import com.fieldwork.core.field.PhotoDetails;
import com.fieldwork.core.field.PhotoUploads;
import com.fieldwork.core.field.SavedAttachment;
import com.fieldwork.core.field.UnsupportedMediaTypeException;
import io.javalin.http.Context;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Photos go up by an idempotent {@code PUT /api/v1/photos/{clientId}} (the phone retries until it hears back)
 * and come down by attachment id. The body is streamed straight into the content store, which stops at the
 * upload limit, so a huge body costs neither memory nor disk.
 */
final class PhotoController {

    private final PhotoUploads photos;
    private final OwnJobs ownJobs;

    PhotoController(PhotoUploads photos, OwnJobs ownJobs) {
        this.photos = Objects.requireNonNull(photos, "photos");
        this.ownJobs = Objects.requireNonNull(ownJobs, "ownJobs");
    }

    void upload(Context ctx) {
        UUID clientId = RecordParams.uuid(ctx.pathParam("clientId"), "clientId");
        long workOrderId = RecordParams.requiredLong(ctx, "workOrderId");
        requireImageOrBytes(ctx.contentType());
        Actor actor = CurrentActor.of(ctx);
        // before a single byte is stored: another technician's job is a 404, not a file left behind
        ownJobs.require(actor, workOrderId);
        PhotoDetails details = new PhotoDetails(clientId, workOrderId, RecordParams.optionalLong(ctx, "visitId"),
                Optional.ofNullable(ctx.queryParam("fileName")).filter(name -> !name.isBlank()).orElse("photo-" + clientId),
                Optional.ofNullable(ctx.queryParam("caption")).filter(caption -> !caption.isBlank()),
                location(ctx));
        SavedAttachment saved = photos.upload(details, ctx.bodyInputStream(), actor);
        ctx.status(saved.replayed() ? 200 : 201).json(AttachmentResponse.of(saved.attachment()));
    }

    void download(Context ctx) {
        long id = RecordParams.pathLong(ctx, "id");
        Actor actor = CurrentActor.of(ctx);
        PhotoUploads.Download download = photos.download(id);
        Attachment attachment = download.attachment();
        try {
            ownJobs.requireOr(actor, attachment.workOrderId(), "attachment", id);
        } catch (NotFoundException e) {
            closeQuietly(download);
            throw e;
        }
        String etag = "\"" + attachment.contentHash().hex() + "\"";
        ctx.header("ETag", etag);
        // the bytes of a job belong to the people on it: no shared cache may keep them
        ctx.header("Cache-Control", "private");
        if (etag.equals(ctx.header("If-None-Match"))) {
            closeQuietly(download);
            ctx.status(304);
            return;
        }
        ctx.contentType(attachment.mimeType());
        ctx.res().setContentLengthLong(attachment.sizeBytes());
        ctx.result(download.content());
    }

    /** The declared type is not trusted (the bytes decide), but a JSON or form body is plainly not a photo. */
    private static void requireImageOrBytes(String contentType) {
        if (contentType == null) {
            return;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (!type.startsWith("image/") && !type.startsWith("application/octet-stream")) {
            throw new UnsupportedMediaTypeException("Send the photo's bytes as image/* or application/octet-stream, not "
                    + contentType);
        }
    }

    private static Optional<GeoPoint> location(Context ctx) {
        OptionalDoubleParam lat = RecordParams.optionalDouble(ctx, "lat");
        OptionalDoubleParam lon = RecordParams.optionalDouble(ctx, "lon");
        if (lat.present() != lon.present()) {
            throw new ValidationException(lat.present() ? "lon" : "lat", "Send both lat and lon, or neither");
        }
        return lat.present() ? Optional.of(new GeoPoint(lat.value(), lon.value())) : Optional.empty();
    }

    private static void closeQuietly(PhotoUploads.Download download) {
        try {
            download.content().close();
        } catch (java.io.IOException ignored) {
            // nothing was sent from it; the answer is already decided
        }
    }

    record OptionalDoubleParam(boolean present, double value) {
    }
}
