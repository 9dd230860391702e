package com.fieldwork.console.workorder;

import com.fieldwork.console.conflict.ConflictDialog;
import com.fieldwork.core.asset.Asset;
import com.fieldwork.core.catalog.ServiceType;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.Site;
import com.fieldwork.core.organisation.Branch;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrder;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Function;

/** The create/edit form: pickers, type-ahead for the customer, inline messages under each field. */
final class WorkOrderFormView {

    private final WorkOrderFormViewModel model;
    private final GridPane grid = new GridPane();
    private final ScrollPane root;
    private final TextField summary = new TextField();
    private int row;

    WorkOrderFormView(WorkOrderFormViewModel model, ZoneId zone, Consumer<WorkOrder> onSaved) {
        this.model = model;
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        Label heading = new Label();
        heading.setId("form-heading");
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(model.headingProperty());
        grid.add(heading, 0, row++, 2, 1);

        ComboBox<WorkOrderTemplate> template = combo("form-template", model.templates(), WorkOrderTemplate::name);
        template.valueProperty().bindBidirectional(model.templateProperty());
        template.disableProperty().bind(model.editingProperty());
        add("Template", template, null);

        TextField customer = new TextField();
        customer.setId("form-customer");
        customer.setPromptText("Type a name or number");
        customer.disableProperty().bind(model.editingProperty());
        model.picker().customerQueryProperty().addListener((obs, old, now) -> {
            if (!now.equals(customer.getText())) {
                customer.setText(now);
            }
        });
        customer.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(model.picker().customerQueryProperty().get())) {
                model.picker().suggest(now);
            }
        });
        ListView<Customer> suggestions = new ListView<>(model.picker().customerSuggestions());
        suggestions.setId("form-customer-suggestions");
        suggestions.setPrefHeight(140);
        suggestions.setCellFactory(list -> textCell(c -> c.number() + "  " + c.name()));
        suggestions.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.picker().customerSuggestions()));
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        suggestions.setOnMouseClicked(e -> choose(suggestions));
        suggestions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(suggestions);
            }
        });
        customer.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !model.picker().customerSuggestions().isEmpty()) {
                suggestions.requestFocus();
                suggestions.getSelectionModel().selectFirst();
            }
        });
        add("Customer", new VBox(2, customer, suggestions), FormField.CUSTOMER);

        ComboBox<Site> site = combo("form-site", model.picker().sites(),
                s -> s.details().name() + ", " + s.details().address().street() + ", " + s.details().address().city());
        site.valueProperty().bindBidirectional(model.picker().siteProperty());
        site.disableProperty().bind(model.editingProperty());
        add("Site", site, FormField.SITE);

        ComboBox<Asset> asset = combo("form-asset", model.picker().assets(),
                a -> a.details().type() + " " + a.details().make() + " " + a.details().model() + " (" + a.details().serialNumber() + ")");
        asset.valueProperty().bindBidirectional(model.picker().assetProperty());
        asset.setPromptText("None");
        add("Asset", asset, null);

        ComboBox<ServiceType> type = combo("form-service-type", model.serviceTypes(), ServiceType::name);
        type.valueProperty().bindBidirectional(model.serviceTypeProperty());
        type.disableProperty().bind(model.editingProperty());
        add("Service type", type, FormField.SERVICE_TYPE);

        ComboBox<Branch> branch = combo("form-branch", model.branches(), Branch::name);
        branch.valueProperty().bindBidirectional(model.branchProperty());
        branch.disableProperty().bind(model.editingProperty());
        add("Branch", branch, FormField.BRANCH);

        ComboBox<Priority> priority = combo("form-priority",
                javafx.collections.FXCollections.observableArrayList(Priority.values()), Priority::label);
        priority.valueProperty().bindBidirectional(model.priorityProperty());
        Label sla = new Label();
        sla.setId("form-sla");
        sla.getStyleClass().add("sla-preview");
        sla.setWrapText(true);
        sla.textProperty().bind(model.slaPreviewProperty());
        add("Priority", new VBox(2, priority, sla), null);

        summary.setId("form-summary");
        summary.textProperty().bindBidirectional(model.summaryProperty());
        add("Summary", summary, FormField.SUMMARY);

        TextArea description = new TextArea();
        description.setId("form-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        add("Description", description, FormField.DESCRIPTION);

        TextField minutes = new TextField();
        minutes.setId("form-minutes");
        minutes.setPrefColumnCount(6);
        minutes.textProperty().bindBidirectional(model.minutesProperty());
        add("Minutes", minutes, FormField.MINUTES);

        ListView<String> requirements = new ListView<>(model.requirements());
        requirements.setId("form-requirements");
        requirements.setPrefHeight(110);
        requirements.setPlaceholder(new Label("Choose a template to fill in skills, parts and checklist"));
        add("Needs", requirements, null);

        Button save = new Button("Save");
        save.setId("form-save");
        save.getStyleClass().add("accent");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(model.savingProperty().or(model.readOnlyProperty()));
        save.setOnAction(e -> model.save(onSaved, conflict -> ConflictDialog.show(grid.getScene().getWindow(),
                conflict, model.original().map(o -> "Work order " + o.number()).orElse("This work order"), zone,
                model::reload)));
        model.refusalProperty().addListener((obs, was, why) -> {
            if (!why.isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.WARNING, why, ButtonType.OK);
                alert.setHeaderText("Work order closed");
                alert.getDialogPane().setId("closed-dialog");
                alert.initOwner(grid.getScene().getWindow());
                alert.show();
            }
        });
        Label message = new Label();
        message.setId("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.formMessageProperty());
        grid.add(new HBox(12, save, message), 1, row++);

        root = new ScrollPane(grid);
        root.setFitToWidth(true);
    }

    Node node() {
        return root;
    }

    void focus() {
        summary.requestFocus();
    }

    private void choose(ListView<Customer> suggestions) {
        Customer chosen = suggestions.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            model.picker().choose(chosen);
        }
    }

    private void add(String label, Node input, FormField errorOf) {
        Label name = new Label(label);
        grid.add(name, 0, row);
        if (errorOf == null) {
            grid.add(input, 1, row++);
            return;
        }
        Label error = new Label();
        error.setId("error-" + errorOf.name().toLowerCase().replace('_', '-'));
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty(errorOf));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        grid.add(new VBox(2, input, error), 1, row++);
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new LabelConverter<>(text, ""));
        return box;
    }

    private static <T> ListCell<T> textCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
