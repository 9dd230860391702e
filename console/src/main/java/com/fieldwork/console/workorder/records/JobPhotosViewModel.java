package com.fieldwork.console.workorder.records;

import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.field.AttachmentKind;
import com.fieldwork.core.field.PhotoUploads;
import com.fieldwork.core.field.Signature;
import com.fieldwork.core.field.SignatureRepository;
import com.fieldwork.core.fieldjob.AttachmentInfo;
import com.fieldwork.core.fieldjob.JobRecordReads;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The photos-and-signature tab: the job's photos as thumbnails with caption, taker and time, the customer's
 * signature with the signer's name and time, and one picture at full size on request. Every picture is read
 * off the FX thread; a file that is missing or unreadable shows as words in its tile, never as an exception.
 */
public final class JobPhotosViewModel extends LazyRecordsTab {

    /** The change feed's names for attachment and signature rows. */
    public static final Set<String> ENTITIES = Set.of("attachment", "signature");
    public static final double THUMBNAIL_WIDTH = 200;
    public static final double THUMBNAIL_HEIGHT = 150;

    private final JobRecordReads reads;
    private final SignatureRepository signatures;
    private final ImageBytes bytes;
    private final TaskExecutor executor;
    private final RecordTimes times;
    private final ObservableList<RecordImage> photos = FXCollections.observableArrayList();
    private final ObservableList<RecordImage> signed = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RecordImage> large = new ReadOnlyObjectWrapper<>();
    private static final int CACHED_THUMBNAILS = 120;

    /**
     * Recent thumbnails by attachment id (content is never replaced): a reload after a new upload decodes only
     * the new one. Bounded, about 14 MB, so a day of clicking through jobs does not keep every picture.
     */
    private final Map<Long, Image> thumbnails = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > CACHED_THUMBNAILS;
        }
    };

    public JobPhotosViewModel(JobRecordReads reads, SignatureRepository signatures, PhotoUploads files,
                              TaskExecutor executor, ZoneId zone) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.bytes = new ImageBytes(files);
        this.executor = Objects.requireNonNull(executor, "executor");
        this.times = new RecordTimes(Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public Set<String> entities() {
        return ENTITIES;
    }

    @Override
    protected void load(long id) {
        message.set("Loading photos…");
        executor.submit("Loading photos and signature", p -> read(id), loaded -> {
            if (!isShown(id)) {
                return;
            }
            photos.setAll(loaded.photos());
            signed.setAll(loaded.signatures());
            message.set(loaded.photos().isEmpty() && loaded.signatures().isEmpty()
                    ? "No photos or signature recorded on this job yet"
                    : loaded.photos().isEmpty() ? "No photos on this job" : "");
            loaded.photos().forEach(this::thumbnail);
            loaded.signatures().forEach(this::thumbnail);
        }, failure -> {
            if (isShown(id)) {
                message.set("Could not load the photos: " + failure.getMessage());
            }
        });
    }

    private Loaded read(long id) {
        List<AttachmentInfo> files = reads.attachments(id);
        Map<Long, AttachmentInfo> byId = files.stream().collect(Collectors.toMap(AttachmentInfo::id, Function.identity()));
        List<RecordImage> pictures = files.stream().filter(f -> f.kind() == AttachmentKind.PHOTO)
                .map(f -> new RecordImage(f.id(), f.caption().orElse(f.fileName()),
                        f.uploadedByName() + ", " + times.when(f.uploadedAt()))).toList();
        // newest first: the last signature is the one that confirms the finished work
        List<RecordImage> signatureImages = signatures.forWorkOrder(id).stream()
                .sorted(Comparator.comparing(Signature::signedAt).reversed())
                .map(s -> new RecordImage(s.attachmentId(), "Signed by " + s.signerName(),
                        times.when(s.signedAt()) + recordedBy(byId.get(s.attachmentId())))).toList();
        return new Loaded(pictures, signatureImages);
    }

    private static String recordedBy(AttachmentInfo image) {
        return image == null ? "" : ", on " + image.uploadedByName() + "'s phone";
    }

    private void thumbnail(RecordImage tile) {
        Image cached = thumbnails.get(tile.attachmentId());
        if (cached != null) {
            tile.loaded(cached);
            return;
        }
        executor.submit("Loading a photo", p -> bytes.read(tile.attachmentId(), THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT),
                image -> {
                    thumbnails.put(tile.attachmentId(), image);
                    tile.loaded(image);
                }, failure -> tile.failed(problem(failure)));
    }

    /** Shows the picture at its own size (the view fits it to the window); its tile's words go with it. */
    public void openLarge(RecordImage tile) {
        RecordImage full = new RecordImage(tile.attachmentId(), tile.title(), tile.detail());
        large.set(full);
        executor.submit("Loading the photo", p -> bytes.read(tile.attachmentId(), 0, 0), full::loaded,
                failure -> full.failed(problem(failure)));
    }

    public void closeLarge() {
        large.set(null);
    }

    private static String problem(Throwable failure) {
        if (failure instanceof NotFoundException) {
            return "The file of this picture is missing";
        }
        return "Cannot show this picture: " + failure.getMessage();
    }

    @Override
    protected void clear() {
        photos.clear();
        signed.clear();
        message.set("");
        large.set(null);
    }

    public ObservableList<RecordImage> photos() {
        return photos;
    }

    /** The customer's signatures, newest first (usually one). */
    public ObservableList<RecordImage> signatures() {
        return signed;
    }

    /** Loading, the empty state or a failure; empty text when the pictures say it all. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The picture asked for at full size, or null when none is open. */
    public ReadOnlyObjectProperty<RecordImage> largeProperty() {
        return large.getReadOnlyProperty();
    }

    private record Loaded(List<RecordImage> photos, List<RecordImage> signatures) {
    }
}
