package org.vigil.ui.settings;

import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.SettingCategory;
import org.vigil.service.Services;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.LanguageChooser;
import org.vigil.ui.common.UiContext;

/** Everyone's settings: language and own password; and the protocol's clinical numbers. */
public final class SettingsView {

    private final TabPane tabs = new TabPane();

    public SettingsView(Services services, UiContext ui, Supplier<Actor> actor) {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab mine = new Tab(ui.text("settings.mine"), myAccount(services, ui, actor));
        mine.setId("tab-mine");
        Tab protocol = new Tab(ui.text("settings.protocol"), new SettingsTable(services, ui, actor, SettingCategory.PROTOCOL).root());
        protocol.setId("tab-protocol");
        tabs.getTabs().addAll(mine, protocol);
    }

    public Parent root() {
        return tabs;
    }

    private static Parent myAccount(Services services, UiContext ui, Supplier<Actor> actor) {
        Label languageTitle = new Label(ui.text("settings.language"));
        languageTitle.getStyleClass().add("section-title");
        Label passwordTitle = new Label(ui.text("password.change.title"));
        passwordTitle.getStyleClass().add("section-title");
        PasswordField current = new PasswordField();
        current.setId("currentPassword");
        PasswordField fresh = new PasswordField();
        fresh.setId("changedPassword");
        PasswordField confirm = new PasswordField();
        confirm.setId("changedPasswordConfirm");
        FormField currentField = new FormField(current).label(ui.text("password.current"));
        FormField freshField = new FormField(fresh).label(ui.text("password.new"));
        FormField confirmField = new FormField(confirm).label(ui.text("password.confirm"));
        Label general = new Label();
        general.setWrapText(true);
        general.setId("passwordChangeResult");
        ui.background().run(() -> services.accounts().passwordMinLength(), min -> freshField.hint(ui.text("password.hint", min)),
                general::setText);
        Button save = new Button(ui.text("password.change.action"));
        save.setId("changePassword");
        save.setOnAction(e -> {
            currentField.clearError();
            freshField.clearError();
            confirmField.clearError();
            general.setText("");
            general.getStyleClass().removeAll("ok-text", "form-error");
            if (!fresh.getText().equals(confirm.getText())) {
                confirmField.showError(ui.text("password.mismatch"));
                // Issue 15, item 8: the new password's own problem too, not on the next click.
                String typed = fresh.getText();
                ui.background().run(() -> services.accounts().passwordProblem(actor.get().username(), typed),
                        weak -> weak.ifPresent(r -> freshField.showError(ui.messages().refusal(r))), general::setText);
                return;
            }
            String was = current.getText();
            String now = fresh.getText();
            FormMessages answer = new FormMessages(ui, general::setText)
                    .keyPrefix("password.currentWrong", currentField).keyPrefix("password.", freshField);
            ui.background().run(() -> services.accounts().changePassword(actor.get(), was, now), outcome -> {
                general.getStyleClass().add(outcome.isDone() ? "ok-text" : "form-error");
                answer.show(outcome, done -> {
                    current.clear();
                    fresh.clear();
                    confirm.clear();
                    general.setText(ui.text("password.changed"));
                });
            }, general::setText);
        });
        VBox box = new VBox(10, languageTitle, LanguageChooser.create(ui), passwordTitle, currentField, freshField, confirmField,
                general, save);
        box.setPadding(new Insets(18));
        box.setMaxWidth(520);
        return box;
    }
}
