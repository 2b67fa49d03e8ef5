package org.vigil.ui.session;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.vigil.domain.SigningRight;
import org.vigil.domain.Refusal;
import org.vigil.domain.course.Finding;
import org.vigil.domain.patient.Weight;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionState;
import org.vigil.domain.dose.DoseCheck;
import org.vigil.ui.common.FormField;

/**
 * PRE-2: the prescriber authorises the dose with a signature. Nasal doses are whole devices
 * (PROD-1, ADM-4: 28, 56 or 84 mg); IV is mg with the infusion's length. The service checks the
 * dose rules (first TRD session, maximum, mg/kg) and its refusal is shown in the signing dialog.
 */
final class AuthoriseStep extends Step {

    private static final int MAX_DEVICES = 3;
    /** Longer than any dose or duration anyone types; bounds the parsing of pasted text. */
    private static final int MAX_NUMBER_CHARACTERS = 8;
    private static final Pattern MG = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,2})?");

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
        rules("PRE-2, SIG-1, SIG-2");
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
        String mg = a.doseMg().stripTrailingZeros().toPlainString();
        String dose = a.route() == Route.NASAL ? ui.text("sessionScreen.authorise.storedNasal", mg, a.devices())
                : ui.text("sessionScreen.authorise.storedIv", mg, a.infusionMinutes());
        String basis = a.ivBasis().map(b -> " " + ui.text("sessionScreen.authorise.ivBasis", b.mgPerKg().toPlainString(),
                b.weightKg().toPlainString(), ui.times().date(b.weighedOn()))).orElse("");
        String warnings = a.warningAcknowledgement().isEmpty() ? ""
                : " — " + ui.text("sessionScreen.authorise.acknowledged", a.warningAcknowledgement());
        return ui.text("sessionScreen.authorise.stored", dose + basis, ui.times().time(a.at())) + warnings;
    }

    /** Enabled exactly when the chosen dose could be authorised now; a signature, so any signer role may open it. */
    private void refreshButton() {
        if (moment == null) {
            return;
        }
        Optional<DoseAuthorised> probe = probe();
        ivMgField.showError(unreadableMg(ivMg) ? ui.text("sessionScreen.authorise.ivMgFormat", DoseCheck.IV_MG_DECIMALS) : null);
        ivMinutesField.showError(unreadable(ivMinutes) ? ui.text("sessionScreen.number.whole") : null);
        ivMgField.hint(ivBasisHint());
        // With no dose chosen yet, a valid one tells whether the state allows authorising at all.
        DoseAuthorised stateProbe = probe.orElse(new DoseAuthorised(moment.now(), 2 * mgPerDevice, Route.NASAL, 2));
        boolean allowed = probe.isPresent() && moment.view().allows(probe.get()) && ivStop().isEmpty();
        authorise.setDisable(!allowed);
        String reason = moment.snapshot().authorisation().isPresent() ? "" : why(moment, stateProbe);
        if (reason.isEmpty() && probe.isPresent()) {
            reason = ivStop().map(r -> ui.messages().refusal(r)).orElse("");
        }
        why.setText(reason.isEmpty() && probe.isEmpty() && moment.snapshot().authorisation().isEmpty()
                ? ui.text("sessionScreen.authorise.choose") : reason);
    }

    private Optional<DoseAuthorised> probe() {
        Route route = moment.route().orElse(Route.NASAL);
        if (route == Route.NASAL) {
            return Optional.ofNullable(nasalDose.getSelectedToggle()).map(t -> (Integer) t.getUserData())
                    .map(mg -> new DoseAuthorised(moment.now(), mg, Route.NASAL, mg / mgPerDevice));
        }
        Optional<BigDecimal> mg = milligrams(ivMg.getText());
        Optional<Integer> minutes = whole(ivMinutes.getText());
        return mg.isEmpty() || minutes.isEmpty() ? Optional.empty() : Optional.of(new DoseAuthorised(moment.now(), mg.get(), minutes.get()));
    }

    /** ADM-4 / PROD-2 for the IV dose typed, as the service will check it: the weight and the mg/kg. */
    private Optional<DoseCheck.IvDose> ivCheck() {
        if (moment.route().orElse(Route.NASAL) != Route.IV) {
            return Optional.empty();
        }
        return milligrams(ivMg.getText()).map(mg -> DoseCheck.iv(mg, moment.view().patient().weights().stream().findFirst(),
                LocalDate.ofInstant(moment.now(), ui.zone()), moment.view().doseRules()));
    }

    /** A hard stop of the IV dose (no recent weight, too many decimals), said before anyone is asked to sign. */
    private Optional<Refusal> ivStop() {
        return ivCheck().flatMap(d -> d.findings().stream().filter(Finding::blocks).map(Finding::refusal).findFirst());
    }

    private String ivBasisHint() {
        Optional<Weight> weight = moment.view().patient().weights().stream().findFirst();
        if (weight.isEmpty()) {
            return ui.text("sessionScreen.authorise.ivNoWeight");
        }
        Optional<BigDecimal> perKg = ivCheck().flatMap(DoseCheck.IvDose::mgPerKg);
        return perKg.isPresent()
                ? ui.text("sessionScreen.authorise.ivPerKg", perKg.get().toPlainString(), weight.get().kg().toPlainString(), ui.times().date(weight.get().measuredOn()))
                : ui.text("sessionScreen.authorise.ivWeight", weight.get().kg().toPlainString(), ui.times().date(weight.get().measuredOn()));
    }

    private static boolean unreadable(TextField field) {
        return field.getText() != null && !field.getText().isBlank() && whole(field.getText()).isEmpty();
    }

    private static boolean unreadableMg(TextField field) {
        return field.getText() != null && !field.getText().isBlank() && milligrams(field.getText()).isEmpty();
    }

    /** A whole number typed, or empty when blank or not a whole number (then {@link #unreadable} says so next to the field). */
    private static Optional<Integer> whole(String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_NUMBER_CHARACTERS) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * An IV dose in mg as typed, to at most one decimal ("24.8"); empty when blank or not such a
     * number. The length is bounded before parsing, so a pasted "1e999999" is not a number here.
     */
    private static Optional<BigDecimal> milligrams(String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_NUMBER_CHARACTERS || !MG.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        BigDecimal mg = new BigDecimal(text.strip());
        return mg.stripTrailingZeros().scale() > DoseCheck.IV_MG_DECIMALS ? Optional.empty() : Optional.of(mg);
    }

    private void authorise() {
        Optional<DoseAuthorised> chosen = probe();
        if (chosen.isEmpty()) {
            return;
        }
        DoseAuthorised d = chosen.get();
        String mg = d.doseMg().stripTrailingZeros().toPlainString();
        String patient = moment.view().patient().displayName();
        String meaning = d.route() == Route.NASAL ? ui.text("sessionScreen.authorise.meaningNasal", mg, d.devices(), patient)
                : ui.text("sessionScreen.authorise.meaningIv", mg, d.infusionMinutes(), patient) + " — " + ivBasisHint();
        List<Refusal> warnings = ivCheck().map(c -> c.warnings().stream().map(Finding::refusal).toList()).orElse(List.of());
        WarningAcknowledgement acknowledgement = warnings.isEmpty() ? null : new WarningAcknowledgement(ui, warnings);
        actions.sign(SigningRight.DOSE, meaning, acknowledgement == null ? null : acknowledgement.node(), List.of("authorise", mg, d.route(), d.infusionMinutes()),
                () -> {
                    // ADM-4: the warnings are read and answered with a reason before the signature is taken.
                    Optional<String> reason = acknowledgement == null ? Optional.of("") : acknowledgement.reason();
                    return reason.map(r -> (engine, signer, password, id, request) -> engine.authoriseDose(signer, id, d.doseMg(), d.route(),
                            d.infusionMinutes(), r, password, request));
                });
    }
}
