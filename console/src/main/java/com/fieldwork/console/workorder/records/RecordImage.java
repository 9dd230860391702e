package com.fieldwork.console.workorder.records;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.Image;

/**
 * A photo or a signature on the photos tab: its words at once, its picture when it has been read off the FX
 * thread, or instead a {@link #problemProperty() problem} to show in its place (a missing or unreadable file).
 *
 * @param attachmentId the attachment holding the bytes
 */
public final class RecordImage {

    private final long attachmentId;
    private final String title;
    private final String detail;
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    RecordImage(long attachmentId, String title, String detail) {
        this.attachmentId = attachmentId;
        this.title = title;
        this.detail = detail;
    }

    public long attachmentId() {
        return attachmentId;
    }

    /** The caption of a photo, the signer of a signature. */
    public String title() {
        return title;
    }

    /** Who took it and when. */
    public String detail() {
        return detail;
    }

    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** Empty while the picture loads or once it is shown; otherwise why there is none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void loaded(Image picture) {
        problem.set("");
        image.set(picture);
    }

    void failed(String why) {
        image.set(null);
        problem.set(why);
    }
}
