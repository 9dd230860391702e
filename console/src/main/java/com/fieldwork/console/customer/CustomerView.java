package com.fieldwork.console.customer;

import com.fieldwork.console.schedule.ScheduleStyles;
import com.fieldwork.core.asset.Asset;
import com.fieldwork.core.asset.AssetServiceRecord;
import com.fieldwork.core.asset.PartUsed;
import com.fieldwork.core.customer.Contact;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.Site;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionModel;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Customers on the left, the selected one's sites and contacts in the middle, assets and their history right. */
public final class CustomerView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final CustomerViewModel model;

    public CustomerView(CustomerViewModel model, ZoneId zone) {
        this.model = model;
        getStyleClass().add("customer-view");
        ScheduleStyles.apply(this);
        SplitPane split = new SplitPane(customersPane(), sitesPane(), assetsPane(zone));
        split.setDividerPositions(0.2, 0.4); // the equipment and its history need the room
        setCenter(split);
    }

    private VBox customersPane() {
        TextField search = new TextField();
        search.setId("customer-search");
        search.setPromptText("Name or number (C-000123)…");
        search.textProperty().bindBidirectional(model.searchProperty());
        ListView<Customer> list = new ListView<>(model.customers());
        list.setId("customer-list");
        list.setCellFactory(v -> cell(c -> c.details().name() + "  ·  " + c.number()));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedCustomerProperty().set(now);
            }
        });
        model.selectedCustomerProperty().addListener((o, was, now) -> selectQuietly(list.getSelectionModel(), now));
        Button more = new Button("More customers");
        more.setMaxWidth(Double.MAX_VALUE);
        more.visibleProperty().bind(model.moreProperty());
        more.managedProperty().bind(model.moreProperty());
        more.setOnAction(e -> model.loadMore());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("map-status");
        VBox.setVgrow(list, Priority.ALWAYS);
        return pane(new Label("Customers"), search, list, more, status);
    }

    private VBox sitesPane() {
        ListView<Site> sites = new ListView<>(model.sites());
        sites.setId("site-list");
        sites.setCellFactory(v -> cell(s -> s.details().name() + "\n" + s.details().address().oneLine()
                + s.details().accessNotes().map(n -> "\nAccess: " + n).orElse("")));
        sites.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedSiteProperty().set(now));
        model.selectedSiteProperty().addListener((o, was, now) -> {
            if (now != null && now != sites.getSelectionModel().getSelectedItem()) {
                sites.getSelectionModel().select(now);
            }
        });
        ListView<Contact> contacts = new ListView<>(model.contacts());
        contacts.setId("contact-list");
        contacts.setCellFactory(v -> cell(c -> c.details().name() + (c.details().primary() ? " (primary)" : "")
                + c.details().jobTitle().map(t -> ", " + t).orElse("")
                + c.details().phone().map(p -> "  ☎ " + p).orElse("") + c.details().email().map(m -> "  " + m).orElse("")));
        VBox.setVgrow(sites, Priority.ALWAYS);
        contacts.setPrefHeight(160);
        return pane(new Label("Sites"), sites, new Label("Contacts"), contacts);
    }

    private VBox assetsPane(ZoneId zone) {
        TableView<Asset> assets = new TableView<>(model.assets());
        assets.setId("asset-table");
        assets.setPlaceholder(new Label("Select a site to see its equipment"));
        assets.getColumns().add(column("Type", a -> a.details().type()));
        assets.getColumns().add(column("Make / model", a -> a.details().make() + " " + a.details().model()));
        assets.getColumns().add(column("Serial", a -> a.details().serialNumber()));
        assets.getColumns().add(column("Installed", a -> a.details().installDate().map(DATE::format).orElse("")));
        assets.getColumns().add(column("Warranty until", a -> a.details().warrantyUntil().map(DATE::format).orElse("")));
        assets.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        assets.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedAssetProperty().set(now);
            }
        });
        model.selectedAssetProperty().addListener((o, was, now) -> selectQuietly(assets.getSelectionModel(), now));

        TableView<AssetServiceRecord> history = new TableView<>(model.history());
        history.setId("service-history");
        history.setPlaceholder(new Label("Select an asset to see its service history"));
        history.getColumns().add(narrow(column("When", r -> DATE.format(r.when().atZone(zone))), 110));
        history.getColumns().add(narrow(column("Work order", AssetServiceRecord::number), 160));
        history.getColumns().add(narrow(column("Status", r -> r.status().label()), 90));
        history.getColumns().add(narrow(column("Service", AssetServiceRecord::serviceType), 110));
        history.getColumns().add(narrow(column("What was wrong / done", r -> r.summary()
                + r.resolution().map(x -> " → " + x).orElse("")), 330));
        history.getColumns().add(narrow(column("Parts", r -> r.parts().stream()
                .map((PartUsed p) -> p.quantity().stripTrailingZeros().toPlainString() + " × " + p.sku())
                .collect(Collectors.joining(", "))), 220));
        history.setRowFactory(t -> {
            TableRow<AssetServiceRecord> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.openJob(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(history, Priority.ALWAYS);
        assets.setPrefHeight(220);
        return pane(new Label("Equipment at the site"), assets, new Label("Service history (double-click opens the job)"),
                history);
    }

    /** Shows the model's selection in a list or table (a change set by the model, not a click). */
    private static <T> void selectQuietly(SelectionModel<T> selection, T item) {
        if (item != null && !item.equals(selection.getSelectedItem())) {
            selection.select(item);
        }
    }

    private static VBox pane(Node... children) {
        VBox box = new VBox(6, children);
        box.setPadding(new Insets(8));
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** A column as wide as its content usually is: the history reads across, the free text widest. */
    private static <T> TableColumn<T, String> narrow(TableColumn<T, String> column, double width) {
        column.setPrefWidth(width);
        return column;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    public CustomerViewModel model() {
        return model;
    }
}
