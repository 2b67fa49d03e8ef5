package org.vigil.ui.common;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.service.Accounts;

/**
 * SIG-1/SIG-2: a signature given at the moment of the action. The dialog says what is being
 * signed and the date, time and zone that will be recorded; the signer types their own user name
 * (prefilled with whoever is logged in, so a prescriber can sign at a nurse's workstation) and
 * password. The signer is authenticated by the accounts service, then the action runs as that
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

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'xxx");

    private final UiContext ui;
    private final Accounts accounts;
    private final Dialog<T> dialog = new Dialog<>();
    private final VBox extra = new VBox(8);
    private final Label recordedAt = new Label();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final Label error = FormField.messageLine("signatureError");
    private final ButtonType sign;
    private final Timeline clock;

    /**
     * @param meaning what the signature means, in full: "Authorise 56 mg nasal spray for Grace Lee"
     * @param username prefilled signer; editable
     */
    public SignatureDialog(UiContext ui, Accounts accounts, String meaning, String username) {
        this.ui = ui;
        this.accounts = accounts;
        dialog.setTitle(ui.text("signature.title"));
        dialog.setHeaderText(ui.text("signature.header"));
        Label meaningLine = new Label(ui.text("signature.meaning", meaning));
        meaningLine.setId("signatureMeaning");
        meaningLine.getStyleClass().add("signature-meaning");
        meaningLine.setWrapText(true);
        meaningLine.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        recordedAt.setId("signatureTime");
        recordedAt.getStyleClass().add("field-hint");
        user.setId("signerUser");
        user.setText(username);
        password.setId("signerPassword");
        VBox content = new VBox(10, meaningLine, recordedAt, extra,
                new FormField(user).label(ui.text("signature.user")),
                new FormField(password).label(ui.text("signature.password")).hint(ui.text("signature.passwordHint")),
                error);
        extra.managedProperty().bind(extra.visibleProperty());
        extra.setVisible(false);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(500);
        sign = new ButtonType(ui.text("signature.sign"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(sign, ButtonType.CANCEL);
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
            String who = user.getText() == null ? "" : user.getText().strip();
            String secret = password.getText();
            ok.setDisable(true);
            ui.background().run(() -> {
                Outcome<Actor> signer = accounts.signer(who, secret);
                return signer.isDone() ? action.get().sign(signer.value(), secret) : signer.<T>notDone();
            }, outcome -> {
                ok.setDisable(false);
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
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private void showTime() {
        String when = WHEN.withZone(ui.zone()).format(ui.clock().instant());
        String zone = ui.zone() instanceof ZoneOffset ? "" : " (" + ui.zone().getId() + ")";
        recordedAt.setText(ui.text("signature.recordedAt", when + zone));
    }
}
