package com.fieldwork.console.login;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** The sign-in form: username, password, one button; the error sentence below them. */
public final class LoginView {

    private final VBox root;
    private final TextField username = new TextField();

    public LoginView(LoginViewModel model, Consumer<LoginViewModel.SignedIn> onSignedIn) {
        Label title = new Label("Fieldwork");
        title.getStyleClass().addAll("title-1", "login-title");
        Label subtitle = new Label("Dispatch console: sign in");
        subtitle.getStyleClass().add("text-muted");

        username.setId("login-username");
        username.setPromptText("Username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.setPromptText("Password");
        password.textProperty().bindBidirectional(model.passwordProperty());

        Button signIn = new Button("Sign in");
        signIn.setId("login-submit");
        signIn.setDefaultButton(true);
        signIn.getStyleClass().add("accent");
        signIn.setMaxWidth(Double.MAX_VALUE);
        signIn.disableProperty().bind(model.busyProperty());
        signIn.setOnAction(e -> model.signIn(onSignedIn));

        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("validation-message");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox form = new VBox(10, title, subtitle, username, password, signIn, error);
        form.getStyleClass().add("login-form");
        form.setMaxWidth(320);
        form.setPadding(new Insets(32));
        root = new VBox(form);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("login-pane");
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        username.requestFocus();
    }
}
