package org.vigil.ui.register;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.vigil.domain.register.EntryDraft;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.ui.common.DateField;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.register.CorrectionForm.Field;

/**
 * The correction dialog (CD-1): the wrong entry as it stands, the reason, and optionally the
 * right lot, expiry and quantity; it says before anything is written that a reversing entry and
 * the right entry will both be written and stay visible beside the wrong one.
 */
final class CorrectionDialog {

    private CorrectionDialog() {}

    static Optional<List<RegisterEntry>> show(UiContext ui, CorrectionForm form) {
        EntryText words = new EntryText(ui);
        EntryDraft was = form.wrong().content();
        Label wrong = new Label(ui.text("registerScreen.correct.wrong", words.number(form.wrong().id()), words.kind(was.kind()),
                words.when(was.at()), was.lot(), words.expiry(was.expiry()), words.signedUnits(was.units())));
        wrong.setId("correctionWrong");
        wrong.setWrapText(true);
        wrong.getStyleClass().add("correction-wrong");
        TextArea reason = RegisterDialog.bound(new TextArea(), form.reason, "correctionReason");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        CheckBox replace = new CheckBox(ui.text("registerScreen.correct.replace"));
        replace.setId("correctionReplace");
        replace.selectedProperty().bindBidirectional(form.replace);
        TextField lot = RegisterDialog.bound(new TextField(), form.lot, "correctionLot");
        DateField expiry = RegisterDialog.bound(new DateField(), form.expiry, "correctionExpiry");
        TextField quantity = RegisterDialog.bound(new TextField(), form.quantity, "correctionQuantity");
        for (javafx.scene.Node right : List.of(lot, expiry, quantity)) {
            right.disableProperty().bind(form.replace.not());
        }
        GridPane grid = RegisterDialog.grid();
        grid.add(RegisterDialog.field(form, Field.LOT, lot, ui.text("registerScreen.receipt.lot")), 0, 0);
        grid.add(RegisterDialog.field(form, Field.EXPIRY, expiry, ui.text("registerScreen.receipt.expiry"))
                .hint(ui.text("registerScreen.field.dateHint")), 1, 0);
        grid.add(RegisterDialog.field(form, Field.QUANTITY, quantity, ui.text("registerScreen.correct.quantity")), 2, 0);
        Label preview = new Label();
        preview.setId("correctionPreview");
        preview.textProperty().bind(form.previewProperty());
        preview.setWrapText(true);
        preview.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        preview.getStyleClass().add("warning-line");
        VBox content = new VBox(10, wrong, RegisterDialog.field(form, Field.REASON, reason, ui.text("registerScreen.correct.reason")),
                replace, grid, preview);
        return new RegisterDialog<>(ui, ui.text("registerScreen.correct.title", words.number(form.wrong().id())), content, form,
                ui.text("registerScreen.correct.send")).showAndWait();
    }
}
