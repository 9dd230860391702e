package com.fieldwork.console.workorder.records;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * The photos-and-signature tab: the signature first (what the office is asked about most), then the photos as
 * thumbnail tiles; a click on a tile opens the picture at full size in a dialog.
 */
public final class JobPhotosView {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final double LARGE_WIDTH = 900;
    private static final double LARGE_HEIGHT = 650;

    private final JobPhotosViewModel model;
    private final Supplier<Window> owner;
    private final VBox content = new VBox();
    private final ScrollPane root = new ScrollPane(content);
    private Dialog<ButtonType> open;

    /** @param owner the window a full-size picture opens over */
    public JobPhotosView(JobPhotosViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        content.getStyleClass().add("records-photos");
        root.setId("photos-tab");
        root.setFitToWidth(true);

        Label message = new Label();
        message.setId("photos-message");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("text-muted");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        Label signatureHeading = heading("Customer signature");
        signatureHeading.managedProperty().bind(Bindings.isNotEmpty(model.signatures()));
        signatureHeading.visibleProperty().bind(signatureHeading.managedProperty());
        Label photosHeading = heading("");
        photosHeading.textProperty().bind(Bindings.size(model.photos()).asString("Photos (%d)"));
        photosHeading.managedProperty().bind(Bindings.isNotEmpty(model.photos()));
        photosHeading.visibleProperty().bind(photosHeading.managedProperty());

        content.getChildren().addAll(message, signatureHeading, tiles("signature-tiles", model.signatures()),
                photosHeading, tiles("photo-tiles", model.photos()));
        model.largeProperty().addListener((obs, old, now) -> showLarge(now));
    }

    public Node node() {
        return root;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("records-heading");
        return label;
    }

    private FlowPane tiles(String id, ObservableList<RecordImage> images) {
        FlowPane pane = new FlowPane();
        pane.setId(id);
        pane.getStyleClass().add("records-tiles");
        images.addListener((ListChangeListener<RecordImage>) change ->
                pane.getChildren().setAll(images.stream().map(this::tile).toList()));
        return pane;
    }

    private Node tile(RecordImage image) {
        ImageView picture = new ImageView();
        picture.imageProperty().bind(image.imageProperty());
        picture.setFitWidth(JobPhotosViewModel.THUMBNAIL_WIDTH);
        picture.setFitHeight(JobPhotosViewModel.THUMBNAIL_HEIGHT);
        picture.setPreserveRatio(true);
        StackPane frame = new StackPane(picture, placeholder(image, "Loading…"));
        frame.getStyleClass().add("records-picture");
        frame.setPrefSize(JobPhotosViewModel.THUMBNAIL_WIDTH, JobPhotosViewModel.THUMBNAIL_HEIGHT);
        frame.setMaxSize(JobPhotosViewModel.THUMBNAIL_WIDTH, JobPhotosViewModel.THUMBNAIL_HEIGHT);

        Label title = new Label(image.title());
        title.getStyleClass().add("records-tile-title");
        Label detail = new Label(image.detail());
        detail.getStyleClass().add("text-muted");
        VBox tile = new VBox(frame, title, detail);
        tile.getStyleClass().add("records-tile");
        tile.setMaxWidth(JobPhotosViewModel.THUMBNAIL_WIDTH);
        title.setMaxWidth(JobPhotosViewModel.THUMBNAIL_WIDTH);
        title.setWrapText(true);
        detail.setMaxWidth(JobPhotosViewModel.THUMBNAIL_WIDTH);
        detail.setWrapText(true);
        tile.setOnMouseClicked(e -> model.openLarge(image));
        return tile;
    }

    /** In the picture's place until it has loaded, and for good when it cannot be shown, saying why. */
    private static Label placeholder(RecordImage image, String loading) {
        Label label = new Label();
        label.textProperty().bind(Bindings.when(image.problemProperty().isEmpty())
                .then(loading).otherwise(image.problemProperty()));
        label.visibleProperty().bind(image.imageProperty().isNull());
        label.setWrapText(true);
        label.getStyleClass().add("records-placeholder");
        label.pseudoClassStateChanged(PROBLEM, !image.problemProperty().get().isEmpty());
        image.problemProperty().addListener((obs, old, now) -> label.pseudoClassStateChanged(PROBLEM, !now.isEmpty()));
        return label;
    }

    private void showLarge(RecordImage image) {
        if (open != null) {
            open.close();
            open = null;
        }
        if (image == null) {
            return;
        }
        ImageView picture = new ImageView();
        picture.imageProperty().bind(image.imageProperty());
        picture.setPreserveRatio(true);
        StackPane frame = new StackPane(picture, placeholder(image, "Loading the full picture…"));
        frame.setId("photo-large");
        frame.setMinSize(320, 240);
        Label detail = new Label(image.detail());
        detail.getStyleClass().add("text-muted");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(image.title());
        dialog.setHeaderText(image.title());
        dialog.getDialogPane().setContent(new VBox(8, frame, detail));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.setOnHidden(e -> {
            if (open == dialog) {
                open = null;
                model.closeLarge();
            }
        });
        // the picture arrives after the dialog is up: shrink a big one to fit, never blow a small one up, and let
        // the dialog grow around it
        picture.imageProperty().addListener((obs, was, loaded) -> {
            if (loaded != null) {
                double scale = Math.min(1, Math.min(LARGE_WIDTH / loaded.getWidth(), LARGE_HEIGHT / loaded.getHeight()));
                picture.setFitWidth(loaded.getWidth() * scale);
                picture.setFitHeight(loaded.getHeight() * scale);
                frame.setMinSize(loaded.getWidth() * scale, loaded.getHeight() * scale);
                Platform.runLater(() -> {
                    if (dialog.isShowing()) {
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    }
                });
            }
        });
        open = dialog;
        dialog.show();
    }
}
