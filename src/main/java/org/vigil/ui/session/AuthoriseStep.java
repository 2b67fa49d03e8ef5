package org.vigil.ui.session;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.vigil.domain.session.Route;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionState;
import org.vigil.ui.common.FormField;

/**
 * PRE-2: the prescriber authorises the dose with a signature. Nasal doses are whole devices
 * (PROD-1, ADM-4: 28, 56 or 84 mg); IV is mg with the infusion's length. The service checks the
 * dose rules (first TRD session, maximum, mg/kg) and its refusal is shown in the signing dialog.
 */
final class AuthoriseStep extends Step {

    private static final int MAX_DEVICES = 3;

    private final ToggleGroup nasalDose = new ToggleGroup();
    private final HBox nasal = new HBox(8);
    private final TextField ivMg = new TextField();
    private final TextField ivMinutes = new TextField();
    private final FormField ivMgField;
    private final FormField ivMinutesField;
    private final HBox iv;
    private final Button authorise = new Button();
    private final Label why = hint("authoriseWhy");
    private final Label stored = line("stored-value");
    private final HBox form;
    private SessionMoment moment;
    private int mgPerDevice;

    AuthoriseStep(SessionActions actions) {
        super(actions, "stepAuthorise");
        nasal.setAlignment(Pos.CENTER_LEFT);
        nasal.getChildren().add(new Label(ui.text("sessionScreen.authorise.nasalDose")));
        ivMg.setId("ivDose");
        ivMg.setPrefColumnCount(5);
        ivMinutes.setId("ivMinutes");
        ivMinutes.setPrefColumnCount(4);
        ivMgField = new FormField(ivMg).label(ui.text("sessionScreen.authorise.ivMg"));
        ivMinutesField = new FormField(ivMinutes).label(ui.text("sessionScreen.authorise.ivMinutes"));
        iv = new HBox(10, ivMgField, ivMinutesField);
        authorise.setId("authorise");
        authorise.setText(ui.text("sessionScreen.authorise.action"));
        authorise.getStyleClass().add("primary-action");
        authorise.setOnAction(e -> authorise());
        nasalDose.selectedToggleProperty().addListener((obs, old, now) -> refreshButton());
        ivMg.textProperty().addListener((obs, old, now) -> refreshButton());
        ivMinutes.textProperty().addListener((obs, old, now) -> refreshButton());
        stored.setId("authorisationStored");
        form = new HBox(14, nasal, iv, authorise);
        form.setAlignment(Pos.BOTTOM_LEFT);
        body.getChildren().addAll(form, why, stored, message);
    }

    @Override
    boolean applies(SessionMoment m) {
        SessionState s = m.snapshot().state();
        return s != SessionState.BOOKED && (!s.isFinished() || m.snapshot().authorisation().isPresent());
    }

    @Override
    boolean current(SessionMoment m) {
        return m.snapshot().state() == SessionState.PRE_DOSE_CHECKS_DONE;
    }

    @Override
    void show(SessionMoment m) {
        this.moment = m;
        if (mgPerDevice != m.protocol().mgPerDevice()) {
            mgPerDevice = m.protocol().mgPerDevice();
            nasal.getChildren().remove(1, nasal.getChildren().size());
            for (int devices = 1; devices <= MAX_DEVICES; devices++) {
                ToggleButton dose = new ToggleButton(ui.text("sessionScreen.authorise.mg", devices * mgPerDevice));
                dose.setId("dose-" + devices * mgPerDevice);
                dose.setUserData(devices * mgPerDevice);
                dose.setToggleGroup(nasalDose);
                nasal.getChildren().add(dose);
            }
        }
        Route route = m.route().orElse(Route.NASAL);
        reveal(nasal, route == Route.NASAL);
        reveal(iv, route == Route.IV);
        ivMinutesField.hint(ui.text("sessionScreen.authorise.ivMinutesRange", m.protocol().infusionMin().toMinutes(),
                m.protocol().infusionMax().toMinutes()));
        Optional<DoseAuthorised> done = m.snapshot().authorisation();
        reveal(form, done.isEmpty());
        String summary = done.map(this::summary).orElse("");
        stored.setText(summary);
        pane.setText(done.isEmpty() ? ui.text("sessionScreen.step.authorise") : ui.text("sessionScreen.step.authoriseDone", summary));
        refreshButton();
    }

    private String summary(DoseAuthorised a) {
        String dose = a.route() == Route.NASAL ? ui.text("sessionScreen.authorise.storedNasal", a.doseMg(), a.devices())
                : ui.text("sessionScreen.authorise.storedIv", a.doseMg(), a.infusionMinutes());
        String warnings = a.warnings().isEmpty() ? "" : " — " + ui.text("sessionScreen.authorise.warnings", a.warnings());
        return ui.text("sessionScreen.authorise.stored", dose, Times.clock(a.at(), ui.zone())) + warnings;
    }

    /** Enabled exactly when the chosen dose could be authorised now; a signature, so any signer role may open it. */
    private void refreshButton() {
        if (moment == null) {
            return;
        }
        Optional<DoseAuthorised> probe = probe();
        ivMgField.showError(unreadable(ivMg) ? ui.text("sessionScreen.number.whole") : null);
        ivMinutesField.showError(unreadable(ivMinutes) ? ui.text("sessionScreen.number.whole") : null);
        // With no dose chosen yet, a valid one tells whether the state allows authorising at all.
        DoseAuthorised stateProbe = probe.orElse(new DoseAuthorised(moment.now(), 2 * mgPerDevice, Route.NASAL, 2));
        boolean allowed = probe.isPresent() && moment.view().allows(probe.get());
        authorise.setDisable(!allowed);
        String reason = moment.snapshot().authorisation().isPresent() ? "" : why(moment, stateProbe);
        why.setText(reason.isEmpty() && probe.isEmpty() && moment.snapshot().authorisation().isEmpty()
                ? ui.text("sessionScreen.authorise.choose") : reason);
    }

    private Optional<DoseAuthorised> probe() {
        Route route = moment.route().orElse(Route.NASAL);
        if (route == Route.NASAL) {
            return Optional.ofNullable(nasalDose.getSelectedToggle()).map(t -> (Integer) t.getUserData())
                    .map(mg -> new DoseAuthorised(moment.now(), mg, Route.NASAL, mg / mgPerDevice));
        }
        Optional<Integer> mg = whole(ivMg.getText());
        Optional<Integer> minutes = whole(ivMinutes.getText());
        return mg.isEmpty() || minutes.isEmpty() ? Optional.empty()
                : Optional.of(new DoseAuthorised(moment.now(), mg.get(), Route.IV, 0, minutes.get(), ""));
    }

    private static boolean unreadable(TextField field) {
        return field.getText() != null && !field.getText().isBlank() && whole(field.getText()).isEmpty();
    }

    /** A whole number typed, or empty when blank or not a whole number (then {@link #unreadable} says so next to the field). */
    private static Optional<Integer> whole(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void authorise() {
        Optional<DoseAuthorised> chosen = probe();
        if (chosen.isEmpty()) {
            return;
        }
        DoseAuthorised d = chosen.get();
        String patient = moment.view().patient().displayName();
        String meaning = d.route() == Route.NASAL ? ui.text("sessionScreen.authorise.meaningNasal", d.doseMg(), d.devices(), patient)
                : ui.text("sessionScreen.authorise.meaningIv", d.doseMg(), d.infusionMinutes(), patient);
        actions.sign(meaning, null, List.of("authorise", d.doseMg(), d.route(), d.infusionMinutes()), () -> Optional.of(
                (engine, signer, password, id, request) -> engine.authoriseDose(signer, id, d.doseMg(), d.route(), d.infusionMinutes(),
                        password, request)));
    }
}
