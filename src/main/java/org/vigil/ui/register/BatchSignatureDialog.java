package org.vigil.ui.register;

import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.BatchSignatureForm.Field;

/**
 * The prescriber's one password for the chosen entries (SIG-2). Before signing it says what the
 * signature means, whose printed name it carries and the moment, with the zone, that will be
 * recorded on each entry (SIG-1).
 */
final class BatchSignatureDialog {

    private BatchSignatureDialog() {}

    static Optional<Integer> show(UiContext ui, BatchSignatureForm form) {
        EntryText words = new EntryText(ui);
        Label meaning = new Label(ui.text("registerScreen.log.meaning", form.entryIds().size(),
                String.join(", ", form.entryIds().stream().map(words::number).toList())));
        meaning.setId("logSignMeaning");
        meaning.setWrapText(true);
        meaning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        meaning.getStyleClass().add("signature-meaning");
        Label signer = new Label(ui.text("registerScreen.log.signer", form.prescriber().fullName()));
        signer.setId("logSigner");
        Label when = new Label();
        when.setId("logSignTime");
        when.getStyleClass().add("field-hint");
        Runnable showTime = () -> when.setText(ui.text("signature.recordedAt", words.signedAt(ui.clock().instant())));
        showTime.run();
        PasswordField password = RegisterDialog.bound(new PasswordField(), form.password, "logPassword");
        VBox content = new VBox(10, meaning, signer, when, RegisterDialog.field(form, Field.PASSWORD, password,
                ui.text("registerScreen.log.password")).hint(ui.text("signature.passwordHint")));
        RegisterDialog<Integer> dialog = new RegisterDialog<>(ui, ui.text("registerScreen.log.signTitle"), content, form,
                ui.text("registerScreen.log.send", form.entryIds().size()));
        // SIG-1: the moment shown is the clinic clock's, kept current while the prescriber reads.
        javafx.animation.Timeline clock = new javafx.animation.Timeline(new KeyFrame(Duration.seconds(1), e -> showTime.run()));
        clock.setCycleCount(Animation.INDEFINITE);
        dialog.dialog().addEventHandler(DialogEvent.DIALOG_SHOWN, e -> clock.play());
        dialog.dialog().addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> clock.stop());
        return dialog.showAndWait();
    }
}
