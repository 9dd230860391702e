package com.fieldwork.console.billing;

import com.fieldwork.console.form.FormDialogs;
import com.fieldwork.core.billing.CustomerAging;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceKind;
import com.fieldwork.core.billing.InvoiceLine;
import com.fieldwork.core.billing.InvoiceStatus;
import com.fieldwork.core.billing.Payment;
import com.fieldwork.core.billing.TaxAmount;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

import static com.fieldwork.console.table.TextColumns.column;
import static com.fieldwork.console.table.TextColumns.fixed;
import static com.fieldwork.console.table.TextColumns.numeric;

/**
 * The invoices screen: the list with its filters on the left, the selected invoice (lines, tax, totals,
 * payments, payment link) on the right, the commands above, and what customers owe by age on a second tab.
 */
public final class InvoicesView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(
            InvoicesView.class.getResource("/com/fieldwork/console/app.css")).toExternalForm();

    private static final double HEADER_HEIGHT = 48;

    private final InvoicesViewModel model;
    private final VBox detail = new VBox(6);
    private HBox filters;

    public InvoicesView(InvoicesViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        getStyleClass().add("invoices-view");
        getStylesheets().add(STYLESHEET);
        setTop(toolbar());
        TableView<Invoice> table = invoiceTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox list = new VBox(6, filters, table);
        list.getStyleClass().add("invoices-pane");
        // the list above, the selected invoice below: both get the full width, so no number is cut short
        SplitPane split = new SplitPane(list, detailPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        Tab invoices = new Tab("Invoices", split);
        invoices.setId("invoices-tab");
        Label agingSummary = new Label();
        agingSummary.setId("aging-summary");
        agingSummary.getStyleClass().add("invoices-caption");
        agingSummary.textProperty().bind(model.agingSummaryProperty());
        TableView<CustomerAging> agingTable = agingTable();
        VBox.setVgrow(agingTable, Priority.ALWAYS);
        VBox agingPane = new VBox(4, agingSummary, agingTable);
        agingPane.getStyleClass().add("invoices-pane");
        Tab aging = new Tab("Aging", agingPane);
        aging.setId("aging-tab");
        TabPane tabs = new TabPane(invoices, aging);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        model.selectedProperty().addListener(o -> showDetail());
        model.payments().addListener((javafx.collections.ListChangeListener<Payment>) c -> showDetail());
        model.paymentLinkProperty().addListener(o -> showDetail());
        showDetail();
    }

    private HBox toolbar() {
        Label title = new Label("Invoices");
        title.getStyleClass().add("title-3");
        ComboBox<InvoiceStatus> status = new ComboBox<>(FXCollections.observableArrayList(InvoiceStatus.values()));
        status.getItems().add(0, null);
        status.setId("invoices-status-filter");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(InvoiceStatus value) {
                return value == null ? "All statuses" : statusText(value);
            }

            @Override
            public InvoiceStatus fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        ComboBox<String> customer = new ComboBox<>(model.customers());
        customer.setId("invoices-customer-filter");
        customer.setPrefWidth(240);
        // typed text (part of a name or number, Enter) is asked of the database; the list suggests what is loaded
        customer.setEditable(true);
        customer.setPromptText("Customer or number");
        customer.valueProperty().bindBidirectional(model.customerFilterProperty());
        DatePicker from = FormDialogs.dayPicker("invoices-issued-from");
        from.setPromptText("from");
        from.setPrefWidth(135);
        from.valueProperty().bindBidirectional(model.filters().issuedFromProperty());
        DatePicker to = FormDialogs.dayPicker("invoices-issued-to");
        to.setPromptText("to");
        to.setPrefWidth(135);
        to.valueProperty().bindBidirectional(model.filters().issuedToProperty());
        Label periodError = FormDialogs.message("invoices-period-error", model.filters().periodErrorProperty());
        Button more = new Button("Load more");
        more.setId("invoices-load-more");
        more.visibleProperty().bind(model.canLoadMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> model.loadMore());
        Button export = new Button("Export CSV…");
        export.setId("invoices-export");
        export.setOnAction(e -> ExportDialog.open(model.exportForm(), model::exportWritten, getScene().getWindow(),
                name -> ExportDialog.chooseCsv(getScene().getWindow(), name)));
        Button settings = new Button("Billing settings…");
        settings.setId("invoices-settings");
        settings.setVisible(model.mayEditSettings());
        settings.setManaged(model.mayEditSettings());
        settings.setOnAction(e -> BillingSettingsDialog.open(model.settingsForm(), model::settingsSaved,
                getScene().getWindow()));
        Region filterGap = new Region();
        HBox.setHgrow(filterGap, Priority.ALWAYS);
        Label count = new Label();
        count.setId("invoices-count");
        count.getStyleClass().add("invoices-message");
        count.textProperty().bind(model.countProperty());
        Label message = new Label();
        message.setId("invoices-message");
        message.getStyleClass().add("invoices-message");
        message.textProperty().bind(model.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Button issue = new Button("Issue");
        issue.setId("invoice-issue");
        issue.disableProperty().bind(model.canIssueProperty().not());
        issue.setOnAction(e -> model.issue());
        Button pay = new Button("Record payment…");
        pay.setId("invoice-pay");
        pay.disableProperty().bind(model.canPayProperty().not());
        pay.setOnAction(e -> PaymentDialog.open(model.paymentForm(), model::paymentRecorded, getScene().getWindow()));
        Button credit = new Button("Credit note…");
        credit.setId("invoice-credit");
        credit.disableProperty().bind(model.canCreditProperty().not());
        credit.setOnAction(e -> CreditNoteDialog.open(model.creditForm(), model::creditIssued, getScene().getWindow()));
        Button save = new Button("Save PDF…");
        save.setId("invoice-save-pdf");
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> askFile());
        for (Region fixed : new Region[] {title, issue, pay, credit, save}) {
            // the commands and the title keep their text; the message gives way
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, title, message, gap, issue, pay, credit, save);
        bar.getStyleClass().add("invoices-toolbar");
        Label issued = new Label("Issued");
        issued.setMinWidth(Region.USE_PREF_SIZE);
        filters = new HBox(8, status, customer, issued, from, new Label("–"), to, periodError, count, more, filterGap, export,
                settings);
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        filters.getStyleClass().add("invoices-filters");
        return bar;
    }

    private void askFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save invoice PDF");
        chooser.setInitialFileName(model.pdfFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.savePdf(file.toPath());
        }
    }

    private TableView<Invoice> invoiceTable() {
        TableView<Invoice> table = new TableView<>(model.invoices());
        table.setId("invoices-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No invoices match the filters"));
        table.getColumns().add(fixed(column("Number", 112, InvoicesView::numberText)));
        TableColumn<Invoice, String> name = column("Customer", 200, Invoice::customerName);
        // the name gives way first, but never to nothing
        name.setMinWidth(150);
        table.getColumns().add(name);
        table.getColumns().add(fixed(column("Work order", 138, i -> i.workOrderNumber().orElse("—"))));
        table.getColumns().add(fixed(column("Status", 70, i -> statusText(i.status()))));
        table.getColumns().add(fixed(numeric(column("Total", 95, i -> Money.text(i.totals().total())))));
        table.getColumns().add(fixed(column("Due", 100, i -> Dates.day(i.dueAt(), model.zone()))));
        table.getColumns().add(fixed(numeric(column("Outstanding", 108, i -> i.status() == InvoiceStatus.DRAFT
                || i.status() == InvoiceStatus.VOID ? "—" : Money.text(i.outstanding())))));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private Node detailPane() {
        detail.setId("invoice-detail");
        detail.getStyleClass().add("invoices-pane");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(detail);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Rebuilt whenever the selection, its payments or its link change: a few dozen nodes at most. */
    private void showDetail() {
        Invoice invoice = model.selectedProperty().get();
        if (invoice == null) {
            Label none = new Label("Select an invoice to see its lines and payments");
            none.getStyleClass().add("invoices-caption");
            detail.getChildren().setAll(none);
            return;
        }
        Label heading = new Label(capitalised(invoice.label()) + " · " + statusText(invoice.status()));
        heading.setId("invoice-heading");
        heading.getStyleClass().add("title-4");
        Label parties = new Label(invoice.customerName() + invoice.workOrderNumber().map(n -> " · work order " + n)
                .orElse("") + " · issued " + Dates.day(invoice.issuedAt(), model.zone()) + " · due "
                + Dates.day(invoice.dueAt(), model.zone()));
        parties.getStyleClass().add("invoices-muted");
        parties.setWrapText(true);

        TableView<InvoiceLine> lines = new TableView<>(FXCollections.observableArrayList(invoice.lines()));
        lines.setId("invoice-lines");
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<InvoiceLine, String> description = column("Description", 200, InvoiceLine::description);
        description.setMinWidth(120);
        lines.getColumns().add(description);
        lines.getColumns().add(fixed(numeric(column("Qty", 55, l -> l.quantity().stripTrailingZeros().toPlainString()))));
        lines.getColumns().add(fixed(numeric(column("Unit price", 92, l -> Money.text(l.unitPrice())))));
        lines.getColumns().add(fixed(numeric(column("Tax", 66, l -> percent(l.taxRate())))));
        lines.getColumns().add(fixed(numeric(column("Amount", 96, l -> Money.text(l.lineTotal())))));
        lines.setFixedCellSize(26);
        // the header is taller than a row: every line shows without a scroll bar
        lines.setPrefHeight(HEADER_HEIGHT + 26 * Math.max(2, invoice.lines().size()));
        lines.setMinHeight(Region.USE_PREF_SIZE);

        GridPane totals = new GridPane();
        totals.setId("invoice-totals");
        totals.getStyleClass().add("invoice-totals");
        int row = 0;
        row = total(totals, row, "Subtotal", invoice.totals().subtotal(), false);
        for (TaxAmount tax : invoice.totals().taxes()) {
            row = total(totals, row, "Tax " + percent(tax.rate()) + " on " + Money.text(tax.base()), tax.tax(), false);
        }
        row = total(totals, row, "Total " + invoice.currency(), invoice.totals().total(), true);
        if (invoice.kind() == InvoiceKind.INVOICE && invoice.status() != InvoiceStatus.DRAFT) {
            row = total(totals, row, "Paid", invoice.paid(), false);
            if (invoice.credited().signum() != 0) {
                row = total(totals, row, "Credited", invoice.credited(), false);
            }
            total(totals, row, "Outstanding", invoice.outstanding(), true);
        }

        TableView<Payment> payments = new TableView<>(model.payments());
        payments.setId("invoice-payments");
        payments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        payments.setPlaceholder(new Label("No payments recorded"));
        payments.getColumns().add(fixed(column("Received", 100, p -> Dates.day(p.receivedAt(), model.zone()))));
        payments.getColumns().add(fixed(column("Method", 110, p -> methodText(p))));
        payments.getColumns().add(column("Reference", 150, p -> p.reference().orElse("")));
        payments.getColumns().add(fixed(numeric(column("Amount", 90, p -> Money.text(p.amount())))));
        payments.setFixedCellSize(26);
        payments.setPrefHeight(HEADER_HEIGHT + 26 * Math.max(2, model.payments().size()));
        payments.setMinHeight(Region.USE_PREF_SIZE);

        TextField link = new TextField(model.paymentLinkProperty().get());
        link.setId("invoice-payment-link");
        link.setEditable(false);
        link.setPromptText("No payment link: only an issued invoice with a balance has one");

        VBox left = new VBox(6, caption("Lines"), lines, totals);
        VBox right = new VBox(6, caption("Payments"), payments, caption("Payment link"), link);
        invoice.notes().ifPresent(n -> {
            Label notes = new Label(n);
            notes.setWrapText(true);
            right.getChildren().addAll(caption("Notes"), notes);
        });
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(560);
        right.setPrefWidth(440);
        detail.getChildren().setAll(heading, parties, new HBox(16, left, right));
    }

    private static int total(GridPane grid, int row, String label, BigDecimal amount, boolean strong) {
        Label name = new Label(label);
        Label value = new Label(Money.text(amount));
        value.getStyleClass().add("invoice-amount");
        if (strong) {
            name.getStyleClass().add("invoice-total-strong");
            value.getStyleClass().add("invoice-total-strong");
        }
        grid.add(name, 0, row);
        grid.add(value, 1, row);
        return row + 1;
    }

    private TableView<CustomerAging> agingTable() {
        TableView<CustomerAging> table = new TableView<>(model.aging());
        table.setId("aging-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No customer owes anything"));
        table.getColumns().add(column("Customer", 240, a -> a.customerName() + " (" + a.customerNumber() + ")"));
        table.getColumns().add(fixed(numeric(column("Not due", 100, a -> Money.text(a.notDue())))));
        table.getColumns().add(fixed(numeric(column("0–30", 100, a -> Money.text(a.days0to30())))));
        table.getColumns().add(fixed(numeric(column("31–60", 100, a -> Money.text(a.days31to60())))));
        table.getColumns().add(fixed(numeric(column("61–90", 100, a -> Money.text(a.days61to90())))));
        table.getColumns().add(fixed(numeric(column("90+", 100, a -> Money.text(a.over90())))));
        table.getColumns().add(fixed(numeric(column("Outstanding", 110, a -> Money.text(a.outstanding())))));
        return table;
    }

    static String numberText(Invoice invoice) {
        return invoice.number().orElse("Draft") + (invoice.kind() == InvoiceKind.CREDIT_NOTE ? " (credit)" : "");
    }

    static String statusText(InvoiceStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case ISSUED -> "Issued";
            case PAID -> "Paid";
            case VOID -> "Void";
        };
    }

    private static String methodText(Payment payment) {
        return PaymentDialog.methodText(payment.method());
    }

    private static String percent(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static Label caption(String text) {
        Label caption = new Label(text);
        caption.getStyleClass().add("invoices-caption");
        return caption;
    }

}
