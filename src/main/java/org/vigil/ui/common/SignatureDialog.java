package org.vigil.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.SigningRight;
import org.vigil.service.Accounts;
import org.vigil.service.Accounts.Signatory;

/**
 * SIG-1/SIG-2: a signature given at the moment of the action. The dialog says what is being
 * signed and the date, time and zone that will be recorded; the signer is chosen from the people
 * who can give this signature (the prescribers, for an override) or typed, and types their own
 * password. The logged-in user is put forward only when they could sign it themselves: a nurse's
 * name in the field made every prescriber's override a refused, audited attempt first. The signer is authenticated by the accounts service, then the action runs as that
 * signer with the same password, in the background. A refusal of either is shown in the dialog,
 * which stays open with everything but the password kept.
 *
 * @param <T> what the signed action returns
 */
public final class SignatureDialog<T> {

    /** The signed action, run in the background as the authenticated signer. */
    @FunctionalInterface
    public interface Signing<T> {
        Outcome<T> sign(Actor signer, String password) throws Exception;
    }

    private final UiContext ui;
    private final Accounts accounts;
    private final Dialog<T> dialog = new Dialog<>();
    private final VBox extra = new VBox(8);
    private final Label recordedAt = new Label();
    private final ComboBox<String> user = new ComboBox<>();
    private final SigningRight right;
    private List<Signatory> people = List.of();
    private final PasswordField password = new PasswordField();
    private final Label error = FormField.messageLine("signatureError");
    private final ButtonType sign;
    private final Timeline clock;

    /**
     * @param meaning what the signature means, in full: "Authorise 56 mg nasal spray for Grace Lee"
     * @param loggedIn who is at the keyboard: put forward as signer when they hold the right
     * @param right who may give this signature: the people offered
     */
    public SignatureDialog(UiContext ui, Accounts accounts, String meaning, Actor loggedIn, SigningRight right) {
        this.ui = ui;
        this.accounts = accounts;
        this.right = right;
        dialog.setTitle(ui.text("signature.title"));
        dialog.setHeaderText(ui.text("signature.header"));
        Label meaningLine = new Label(ui.text("signature.meaning", meaning));
        meaningLine.setId("signatureMeaning");
        meaningLine.getStyleClass().add("signature-meaning");
        meaningLine.setWrapText(true);
        meaningLine.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        recordedAt.setId("signatureTime");
        recordedAt.getStyleClass().add("field-hint");
        // The zone is spelled out in full ("Greenwich Mean Time (UTC+00:00)"): the line wraps rather than cut it.
        recordedAt.setWrapText(true);
        recordedAt.setMinHeight(Region.USE_PREF_SIZE);
        user.setId("signerUser");
        user.setEditable(true);
        user.setMaxWidth(Double.MAX_VALUE);
        user.setPromptText(ui.text("signature.user.prompt"));
        user.setCellFactory(list -> new SignatoryCell());
        user.getEditor().setText(right.heldBy(loggedIn) ? loggedIn.username() : "");
        loadSignatories(loggedIn);
        password.setId("signerPassword");
        // SIG-1, SIG-2 stay findable for an auditor, out of the heading a nurse reads.
        Label why = new Label(ui.text("signature.why"));
        why.setId("signatureWhy");
        why.getStyleClass().add("field-hint");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.setTooltip(new Tooltip(ui.text("signature.why.tooltip")));
        VBox content = new VBox(10, meaningLine, recordedAt, extra,
                new FormField(user).label(ui.text("signature.user")).hint(ui.text(right.onlyKey())),
                new FormField(password).label(ui.text("signature.password")).hint(ui.text("signature.passwordHint")),
                error, why);
        extra.managedProperty().bind(extra.visibleProperty());
        extra.setVisible(false);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(500);
        sign = new ButtonType(ui.text("signature.sign"), ButtonBar.ButtonData.OK_DONE);
        // The toolkit's own Cancel is in the machine's language, not the reader's.
        dialog.getDialogPane().getButtonTypes().addAll(sign, new ButtonType(ui.text("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> null);
        Fonts.style(dialog.getDialogPane(), ui);
        // SIG-1: the time shown is the clinic clock's, refreshed while the dialog is open.
        clock = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> showTime()));
        clock.setCycleCount(Animation.INDEFINITE);
        dialog.setOnShown(e -> {
            showTime();
            clock.play();
            // After the dialog's own first focus, which in a real window lands on the user name:
            // a prescriber typing straight away put the password there, in clear text.
            Platform.runLater(password::requestFocus);
        });
        dialog.setOnHidden(e -> clock.stop());
    }

    /** Fields the signature covers besides the signer (e.g. the override's reason), shown above them. */
    public SignatureDialog<T> with(Node content) {
        extra.getChildren().add(content);
        extra.setVisible(true);
        return this;
    }

    /**
     * @param prepare runs on the JavaFX thread when Sign is pressed: reads the form and returns the
     *     action, or empty when the form shows what is missing
     * @return the action's result once signed; empty when cancelled
     */
    public Optional<T> showAndWait(Supplier<Optional<Signing<T>>> prepare) {
        Button ok = (Button) dialog.getDialogPane().lookupButton(sign);
        ok.setId("signOk");
        ok.setDefaultButton(true);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            error.setText("");
            Optional<Signing<T>> action = prepare.get();
            if (action.isEmpty()) {
                return;
            }
            String who = signer();
            String secret = password.getText();
            ok.setDisable(true);
            ui.background().run(() -> {
                Outcome<Actor> signer = accounts.signer(who, secret);
                return signer.isDone() ? action.get().sign(signer.value(), secret) : signer.<T>notDone();
            }, outcome -> {
                ok.setDisable(false);
                if (outcome instanceof Outcome.Refused<T> no && no.refusal().messageKey().equals("refused.role")) {
                    // ROLE-2 names a permission for the audit trail; the person at the chair reads who can sign.
                    refused(ui.text("signature.refusedRecorded", ui.text(right.onlyKey())));
                    return;
                }
                new FormMessages(ui, this::refused).show(outcome, value -> {
                    dialog.setResult(value);
                    dialog.close();
                });
            }, message -> {
                ok.setDisable(false);
                refused(message);
            });
        });
        return dialog.showAndWait();
    }

    /** The password is never kept after a failed attempt: it is typed again. */
    private void refused(String message) {
        error.setText(message);
        password.clear();
        password.requestFocus();
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            DialogWindow.growKeepingButtons(dialog.getDialogPane().getScene().getWindow());
        }
    }

    /** What the signer field holds: the user name typed, or the one chosen from the list. */
    private String signer() {
        String typed = user.getEditor().getText();
        return typed == null ? "" : typed.strip();
    }

    /** The people offered as signer, asked of the accounts service once the dialog is made. */
    private void loadSignatories(Actor loggedIn) {
        if (!loggedIn.may(Permission.RECORD_CLINICAL)) {
            return; // the list is the clinical staff's; anyone else types the signer's user name
        }
        ui.background().run(() -> accounts.signatories(loggedIn, right), outcome -> {
            if (outcome.isDone()) {
                people = outcome.value();
                String typed = user.getEditor().getText();
                user.getItems().setAll(people.stream().map(Signatory::username).toList());
                // Setting the items must not take away what was put forward or already typed.
                user.getEditor().setText(typed);
            }
            // Not listed (a refusal): the signer types their user name, as before.
        }, error::setText);
    }

    private void showTime() {
        recordedAt.setText(ui.text("signature.recordedAt", ui.times().dateTimeWithZone(ui.clock().instant())));
    }

    /** "Dr Wei Chen (drchen)": people are known by name, and sign with their user name. */
    private final class SignatoryCell extends ListCell<String> {
        @Override
        protected void updateItem(String username, boolean empty) {
            super.updateItem(username, empty);
            if (empty || username == null) {
                setText(null);
                return;
            }
            setText(people.stream().filter(p -> p.username().equals(username)).findFirst()
                    .map(p -> ui.text("signature.user.choice", p.fullName(), p.username())).orElse(username));
        }
    }
}
