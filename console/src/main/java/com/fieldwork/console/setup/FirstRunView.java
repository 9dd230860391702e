package com.fieldwork.console.setup;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * The first-run dialog's content: two choices, the office server's URL, user and password (shown only for
 * the second), "Test connection" and "Continue", and one line saying what happened.
 */
public final class FirstRunView {

    private final VBox root;

    public FirstRunView(FirstRunViewModel model, Consumer<DatabaseChoice> onSaved) {
        Label title = new Label("Welcome to Fieldwork");
        title.getStyleClass().addAll("title-2", "login-title");
        Label question = new Label("Where should this workstation keep its data?");
        question.getStyleClass().add("text-muted");

        ToggleGroup where = new ToggleGroup();
        RadioButton thisComputer = new RadioButton("This computer only");
        thisComputer.setId("setup-this-computer");
        thisComputer.setToggleGroup(where);
        Label thisComputerHint = hint("One workstation: the database lives in this computer's data folder. "
                + "Nothing to set up.");
        RadioButton office = new RadioButton("Connect to the office server");
        office.setId("setup-office-server");
        office.setToggleGroup(where);
        Label officeHint = hint("Several workstations share the database on the office server "
                + "(PostgreSQL, or the Fieldwork server's H2). Ask whoever set it up for these three:");
        officeHint.setPadding(Insets.EMPTY); // the server box below is indented already
        (model.officeServerProperty().get() ? office : thisComputer).setSelected(true);
        where.selectedToggleProperty().addListener((obs, was, now) -> model.officeServerProperty().set(now == office));

        TextField url = field(new TextField(), "setup-url", "jdbc:postgresql://office-pc:5432/fieldwork");
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField user = field(new TextField(), "setup-user", "Database user");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = field(new PasswordField(), "setup-password", "Password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Button test = new Button("Test connection");
        test.setId("setup-test");
        test.setOnAction(e -> model.testConnection());
        VBox server = new VBox(8, officeHint, url, user, password, test);
        server.getStyleClass().add("setup-server");
        server.setPadding(new Insets(0, 0, 0, 28));
        server.visibleProperty().bind(model.officeServerProperty());
        server.managedProperty().bind(server.visibleProperty());

        Label error = message("setup-error", "validation-message");
        error.textProperty().bind(model.errorProperty());
        Label connected = message("setup-connected", "setup-connected-message");
        connected.textProperty().bind(model.connectedProperty());

        Button finish = new Button("Continue");
        finish.setId("setup-continue");
        finish.setDefaultButton(true);
        finish.getStyleClass().add("accent");
        finish.setOnAction(e -> model.finish(onSaved));
        test.disableProperty().bind(model.busyProperty());
        finish.disableProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(spacer, finish);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox form = new VBox(12, title, question, thisComputer, thisComputerHint, office, server, error, connected,
                buttons);
        form.getStyleClass().add("login-form");
        form.setMaxWidth(460);
        form.setPadding(new Insets(28));
        root = new VBox(form);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("login-pane");
    }

    public Parent root() {
        return root;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setPadding(new Insets(0, 0, 0, 28));
        return hint;
    }

    private static <T extends TextField> T field(T field, String id, String prompt) {
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static Label message(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
