package org.vigil.ui.session;

import java.math.BigDecimal;
import org.vigil.domain.TypedNumber;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent.InfusionEnded;
import org.vigil.domain.session.SessionEvent.InfusionStarted;
import org.vigil.ui.common.FormField;

/**
 * PROD-2 IV administration: the infusion starts at a rate from vials of a lot in stock (CD-3), and
 * ends with the volume given and the residual, wasted in the register with a witness who signs at
 * this workstation (CD-5). Observation runs from the start (OBS-1).
 */
final class InfusionStep extends AdministrationStep {

    private final TextField lot = new TextField();
    private final TextField rate = new TextField();
    private final TextField method = new TextField();
    private final TextField volume = new TextField();
    private final TextField residual = new TextField();
    private final FormField rateField;
    private final FormField volumeField;
    private final FormField residualField;
    private final Button start = new Button();
    private final Button end = new Button();
    private final HBox startRow;
    private final HBox endRow;
    private final Label stored = line("stored-value");

    InfusionStep(SessionActions actions) {
        super(actions, "stepInfusion", Route.IV);
        rules("PROD-2, CD-5");
        lot.setId("infusionLot");
        lot.setPrefColumnCount(10);
        method.setId("wasteMethod");
        method.setPrefColumnCount(18);
        method.setText(ui.text("sessionScreen.infusion.wasteMethodUsual"));
        rate.setId("infusionRate");
        volume.setId("infusionVolume");
        residual.setId("infusionResidual");
        for (TextField f : List.of(rate, volume, residual)) {
            f.setPrefColumnCount(6);
        }
        rateField = new FormField(rate).label(ui.text("sessionScreen.infusion.rate"));
        volumeField = new FormField(volume).label(ui.text("sessionScreen.infusion.volume"));
        residualField = new FormField(residual).label(ui.text("sessionScreen.infusion.residual"));
        start.setId("startInfusion");
        start.setText(ui.text("sessionScreen.infusion.start"));
        start.setOnAction(e -> start());
        end.setId("endInfusion");
        end.setText(ui.text("sessionScreen.infusion.end"));
        end.setOnAction(e -> end());
        FormField lotField = new FormField(lot).label(ui.text("sessionScreen.device.lotLabel"));
        startRow = new HBox(10, lotField, rateField, start);
        startRow.setAlignment(Pos.BOTTOM_LEFT);
        FormField methodField = new FormField(method).label(ui.text("sessionScreen.infusion.wasteMethod"));
        endRow = new HBox(10, volumeField, residualField, methodField, end);
        endRow.setAlignment(Pos.BOTTOM_LEFT);
        stored.setId("infusionStored");
        body.getChildren().addAll(startRow, endRow, stored, message);
    }

    @Override
    void show(SessionMoment m) {
        Optional<InfusionStarted> started = m.snapshot().infusion();
        Optional<InfusionEnded> ended = m.snapshot().infusionStop();
        if (lot.getText().isEmpty()) {
            m.proposedLot().ifPresent(lot::setText);
        }
        start.setDisable(!m.allows(new InfusionStarted(m.now(), BigDecimal.ONE, "-")));
        end.setDisable(!m.allows(new InfusionEnded(m.now(), BigDecimal.ZERO, BigDecimal.ZERO, 0, "")));
        reveal(startRow, started.isEmpty());
        reveal(endRow, started.isPresent() && ended.isEmpty());
        StringBuilder text = new StringBuilder();
        started.ifPresent(s -> text.append(ui.text("sessionScreen.infusion.started", ui.times().time(s.at()),
                s.rateMlPerHour().toPlainString())).append(s.lot().isEmpty() ? "" : " · " + ui.text("sessionScreen.device.givenLot", s.lot())));
        ended.ifPresent(e -> text.append('\n').append(ui.text("sessionScreen.infusion.ended", ui.times().time(e.at()),
                e.volumeGivenMl().toPlainString(), e.residualMl().toPlainString())));
        stored.setText(text.toString());
        pane.setText(ended.isPresent() ? ui.text("sessionScreen.step.infusionDone") : ui.text("sessionScreen.step.infusion"));
    }

    private void start() {
        rateField.clearError();
        Optional<BigDecimal> r = number(rate, rateField);
        String lotNumber = lot.getText();
        r.ifPresent(value -> actions.run(List.of("infusionStart", value, lotNumber),
                (engine, actor, id, request) -> engine.startInfusion(actor, id, value, lotNumber, request), message));
    }

    private void end() {
        volumeField.clearError();
        residualField.clearError();
        Optional<BigDecimal> v = number(volume, volumeField);
        Optional<BigDecimal> left = number(residual, residualField);
        if (v.isPresent() && left.isPresent()) {
            // CD-5: what was drawn and not given is wasted as the infusion ends, witnessed by another user at this workstation.
            String how = method.getText();
            actions.witness(ui.text("sessionScreen.infusion.wasteMeaning", left.get().toPlainString()), null,
                    List.of("infusionEnd", v.get(), left.get(), how),
                    () -> Optional.of((engine, witness, password, id, request) -> engine.endInfusion(actions.actor(), id, v.get(),
                            left.get(), witness, password, how, request)));
        }
    }

    /** PROD-2: rates and volumes are read with bounded precision; a pasted "1E2147483648" is a message here (issue 14). */
    private Optional<BigDecimal> number(TextField field, FormField form) {
        Optional<BigDecimal> read = TypedNumber.read(field.getText());
        if (read.isEmpty()) {
            form.showError(ui.messages().refusal(TypedNumber.unreadable("PROD-2")));
        }
        return read;
    }
}
