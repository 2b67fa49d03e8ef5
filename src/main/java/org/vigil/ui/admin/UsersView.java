package org.vigil.ui.admin;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.UserAccount;
import org.vigil.service.Services;
import org.vigil.service.UserAdministration.NewAccount;
import org.vigil.ui.common.DialogButtons;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.ReasonDialog;
import org.vigil.ui.common.SubmitDialog;
import org.vigil.ui.common.UiContext;

/**
 * Accounts: create, change roles and prescribing right, reset a password (one-time code),
 * unlock, deactivate and reactivate. Every action goes through the service, which checks the
 * role again and audits it.
 */
final class UsersView {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final VBox root = new VBox(10);
    private final TableView<UserAccount> table = new TableView<>();
    private final Label message = FormField.messageLine("usersMessage");
    private final FormMessages answers;

    UsersView(Services services, UiContext ui, Supplier<Actor> actor) {
        this.services = services;
        this.ui = ui;
        this.answers = new FormMessages(ui, message::setText);
        this.actor = actor;
        table.setId("usersTable");
        table.getColumns().add(column("users.col.username", UserAccount::username));
        table.getColumns().add(column("users.col.fullName", UserAccount::fullName));
        table.getColumns().add(column("users.col.roles", u -> u.roles().stream().map(r -> ui.text("role." + r.name())).sorted()
                .collect(Collectors.joining(", "))));
        table.getColumns().add(column("users.col.right", u -> u.prescribingRight() ? ui.text("yes") : ""));
        table.getColumns().add(column("users.col.state", this::state));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button create = button("users.new", "newUser", e -> create());
        Button roles = button("users.changeRoles", "changeRoles", e -> selected().ifPresent(this::changeRoles));
        Button reset = button("users.resetPassword", "resetPassword", e -> selected().ifPresent(this::resetPassword));
        Button unlock = button("users.unlock", "unlockUser", e -> selected().ifPresent(this::unlock));
        Button deactivate = button("users.deactivate", "deactivateUser", e -> selected().ifPresent(this::toggleActive));
        for (Button b : List.of(roles, reset, unlock, deactivate)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, u) -> {
            deactivate.setText(ui.text(u != null && !u.active() ? "users.reactivate" : "users.deactivate"));
        });
        HBox actions = new HBox(8, create, roles, reset, unlock, deactivate);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(actions, message, table);
        root.setPadding(new Insets(14));
        refresh();
    }

    Parent root() {
        return root;
    }

    private String state(UserAccount u) {
        if (!u.active()) {
            return ui.text("users.state.inactive");
        }
        if (u.lockedAt(ui.clock().instant())) {
            return ui.text("users.state.locked");
        }
        return u.mustChangePassword() ? ui.text("users.state.awaitingPassword") : ui.text("users.state.active");
    }

    private void refresh() {
        ui.background().run(() -> services.users().list(actor.get()), outcome -> answers.show(outcome, table.getItems()::setAll),
                message::setText);
    }

    private void create() {
        UserForm form = new UserForm(ui, null);
        SubmitDialog<NewAccount> dialog = new SubmitDialog<>(ui, ui.text("users.new.title"), form.root());
        form.attach(dialog.messages());
        dialog.showAndWait(() -> {
            String username = form.username();
            String fullName = form.fullName();
            var roles = form.roles();
            boolean right = form.prescribingRight();
            return () -> services.users().create(actor.get(), username, fullName, roles, right);
        }).ifPresent(created -> afterCode(Outcome.done(created), "users.created"));
    }

    private void changeRoles(UserAccount user) {
        UserForm form = new UserForm(ui, user);
        SubmitDialog<UserAccount> dialog = new SubmitDialog<>(ui, ui.text("users.changeRoles.title", user.username()), form.root());
        form.attach(dialog.messages());
        dialog.showAndWait(() -> {
            var roles = form.roles();
            boolean right = form.prescribingRight();
            String idNumber = form.idNumber();
            String reason = form.reason();
            return () -> services.users().changeAccount(actor.get(), user.id(), roles, right, idNumber, reason);
        }).ifPresent(changed -> afterChange(Outcome.done(changed)));
    }

    private void resetPassword(UserAccount user) {
        new ReasonDialog(ui, ui.text("users.resetPassword.title", user.username())).ask().ifPresent(why ->
                ui.background().run(() -> services.users().resetPassword(actor.get(), user.id(), why),
                        outcome -> afterCode(outcome, "users.reset"), message::setText));
    }

    private void unlock(UserAccount user) {
        ui.background().run(() -> services.users().unlock(actor.get(), user.id()), this::afterChange, message::setText);
    }

    private void toggleActive(UserAccount user) {
        String title = ui.text(user.active() ? "users.deactivate.title" : "users.reactivate.title", user.username());
        new ReasonDialog(ui, title).ask().ifPresent(why -> ui.background().run(() -> user.active()
                        ? services.users().deactivate(actor.get(), user.id(), why)
                        : services.users().reactivate(actor.get(), user.id(), why), this::afterChange, message::setText));
    }

    private void afterChange(Outcome<UserAccount> outcome) {
        answers.show(outcome);
        refresh();
    }

    /** Shows the one-time code once: the administrator hands it over and never sees a password. */
    private void afterCode(Outcome<NewAccount> outcome, String titleKey) {
        answers.show(outcome, created -> {
            message.setText("");
            Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
            alert.setTitle(ui.text(titleKey));
            DialogButtons.inLanguage(alert.getDialogPane(), ui);
            alert.setHeaderText(ui.text(titleKey + ".header", created.account().fullName(), created.account().username()));
            TextArea code = new TextArea(created.oneTimeCode());
            code.setId("oneTimeCode");
            code.setEditable(false);
            code.setPrefRowCount(1);
            code.getStyleClass().add("one-time-code");
            Label explain = new Label(ui.text("users.code.explain", ui.times().dateTime(created.codeExpiresAt())));
            explain.setWrapText(true);
            alert.getDialogPane().setContent(new VBox(10, code, explain));
            alert.getDialogPane().setPrefWidth(480);
            org.vigil.ui.common.Fonts.style(alert.getDialogPane(), ui);
            alert.showAndWait();
        });
        refresh();
    }

    private TableColumn<UserAccount, String> column(String key, java.util.function.Function<UserAccount, String> value) {
        TableColumn<UserAccount, String> column = new TableColumn<>(ui.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private Button button(String key, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(action);
        return b;
    }

    private Optional<UserAccount> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }
}
