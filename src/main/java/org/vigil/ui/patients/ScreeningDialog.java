package org.vigil.ui.patients;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.patient.AgeBand;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.MinorConsent;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.Screening;
import org.vigil.service.PatientView;
import org.vigil.service.Screenings;
import org.vigil.service.Services;
import org.vigil.ui.common.DateField;
import org.vigil.ui.common.EnumChoice;
import org.vigil.ui.common.SubmitDialog;
import org.vigil.ui.common.UiContext;

/**
 * A new screening: absolute contraindications (PAT-1) block a course; relative ones (PAT-2)
 * need a prescriber's reason to override; pregnancy and breastfeeding (PAT-4); the age rules
 * (PAT-3). Reasons can be typed by prescribers only; the service signs them.
 */
final class ScreeningDialog {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final PatientView patient;
    private final DateField screenedOn = new DateField();
    private final Map<Contraindication, CheckBox> boxes = new EnumMap<>(Contraindication.class);
    private final Map<Contraindication, TextField> reasons = new EnumMap<>(Contraindication.class);
    private final ComboBox<PregnancyStatus> pregnancy;
    private final CheckBox breastfeeding = new CheckBox();
    private final TextField olderAdultReason = new TextField();
    private final TextField guardian = new TextField();
    private final TextField guardianRelationship = new TextField();
    private final DateField patientConsent = new DateField();
    private final DateField guardianConsent = new DateField();
    private final TextField minorReason = new TextField();

    ScreeningDialog(Services services, UiContext ui, Supplier<Actor> actor, PatientView patient) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.patient = patient;
        this.pregnancy = EnumChoice.of(ui, PregnancyStatus.values(), "pregnancy.");
        pregnancy.setId("pregnancy");
        pregnancy.setValue(PregnancyStatus.NOT_PREGNANT);
        breastfeeding.setId("breastfeeding");
        breastfeeding.setText(ui.text("screening.breastfeeding"));
        screenedOn.setId("screenedOn");
        screenedOn.setDate(ui.today());
    }

    Optional<Screenings.Recorded> showAndWait() {
        boolean prescriber = actor.get().may(Permission.PRESCRIBE);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        grid.add(new Label(ui.text("screening.date")), 0, row);
        grid.add(screenedOn, 1, row++);
        grid.add(heading("screening.heading.absolute", "PAT-1"), 0, row++, 2, 1);
        for (Contraindication c : Contraindication.values()) {
            if (c.absolute()) {
                grid.add(box(c), 0, row++, 2, 1);
            }
        }
        grid.add(heading(prescriber ? "screening.heading.relative" : "screening.heading.relative.nurse", "PAT-2"), 0, row++, 2, 1);
        for (Contraindication c : Contraindication.values()) {
            if (!c.absolute() && c != Contraindication.PREGNANCY && c != Contraindication.BREASTFEEDING) {
                grid.add(box(c), 0, row);
                grid.add(reason(c, prescriber), 1, row++);
            }
        }
        grid.add(heading("screening.heading.pregnancy", "PAT-4"), 0, row++, 2, 1);
        grid.add(pregnancy, 0, row);
        grid.add(reason(Contraindication.PREGNANCY, prescriber), 1, row++);
        grid.add(breastfeeding, 0, row);
        grid.add(reason(Contraindication.BREASTFEEDING, prescriber), 1, row++);
        AgeBand band = patient.flags().contains(org.vigil.domain.patient.PatientFlag.OLDER_ADULT) ? AgeBand.OLDER_ADULT
                : patient.flags().contains(org.vigil.domain.patient.PatientFlag.UNDER_ADULT_AGE) ? AgeBand.UNDER_ADULT_AGE : AgeBand.ADULT;
        if (band == AgeBand.OLDER_ADULT) {
            grid.add(heading("screening.heading.olderAdult", "PAT-3"), 0, row++, 2, 1);
            olderAdultReason.setId("olderAdultReason");
            olderAdultReason.setPromptText(ui.text("screening.reason.prompt"));
            olderAdultReason.setDisable(!prescriber);
            grid.add(olderAdultReason, 0, row++, 2, 1);
        }
        if (band == AgeBand.UNDER_ADULT_AGE) {
            grid.add(heading("screening.heading.minorConsent", "PAT-3"), 0, row++, 2, 1);
            guardian.setPromptText(ui.text("screening.guardian"));
            guardianRelationship.setPromptText(ui.text("screening.guardianRelationship"));
            patientConsent.setPromptText(ui.text("screening.patientConsentOn"));
            guardianConsent.setPromptText(ui.text("screening.guardianConsentOn"));
            minorReason.setPromptText(ui.text("screening.reason.prompt"));
            minorReason.setDisable(!prescriber);
            grid.add(new VBox(4, guardian, guardianRelationship, patientConsent, guardianConsent, minorReason), 0, row++, 2, 1);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        // The grid has no one place per screening field: every problem is listed in the dialog's message line.
        return new SubmitDialog<Screenings.Recorded>(ui, ui.text("screening.title", patient.displayName()), scroll).width(820)
                .showAndWait(this::prepare);
    }

    /** Reads the form on the JavaFX thread; the returned call runs in the background. */
    private java.util.concurrent.Callable<Outcome<Screenings.Recorded>> prepare() {
        if (screenedOn.date().isEmpty()) {
            return () -> Outcome.refused(Refusal.of("PAT-1", "date.unreadable"));
        }
        Actor who = actor.get();
        Set<Contraindication> findings = java.util.EnumSet.noneOf(Contraindication.class);
        Map<Contraindication, PrescriberDecision> overrides = new HashMap<>();
        boxes.forEach((c, box) -> {
            if (box.isSelected()) {
                findings.add(c);
            }
        });
        reasons.forEach((c, field) -> {
            boolean present = findings.contains(c) || (c == Contraindication.PREGNANCY && pregnancy.getValue() == PregnancyStatus.PREGNANT)
                    || (c == Contraindication.BREASTFEEDING && breastfeeding.isSelected());
            if (present && !field.getText().isBlank()) {
                overrides.put(c, decision(who, field.getText()));
            }
        });
        Optional<MinorConsent> minor = guardian.getText().isBlank() ? Optional.empty()
                : Optional.of(new MinorConsent(guardian.getText(), guardianRelationship.getText(), patientConsent.date().orElse(null),
                        guardianConsent.date().orElse(null), minorReason.getText().isBlank() ? null : decision(who, minorReason.getText())));
        Optional<PrescriberDecision> older = olderAdultReason.getText().isBlank() ? Optional.empty()
                : Optional.of(decision(who, olderAdultReason.getText()));
        Screening screening = new Screening(screenedOn.date().get(), findings, pregnancy.getValue(), breastfeeding.isSelected(),
                overrides, minor, older);
        return () -> services.screenings().record(who, patient.id(), screening);
    }

    /** The service replaces who and when with the signer and its own clock. */
    private PrescriberDecision decision(Actor who, String reason) {
        return new PrescriberDecision(who.userId(), who.fullName(), ui.clock().instant(), reason);
    }

    private CheckBox box(Contraindication c) {
        // The finding as a nurse says it; its rule is in the section's "Why" line and on hover.
        CheckBox box = new CheckBox(ui.text(c.labelKey()));
        box.setId("ci-" + c.name());
        box.setTooltip(new Tooltip(ui.text("screening.why", c.ruleId())));
        boxes.put(c, box);
        return box;
    }

    private TextField reason(Contraindication c, boolean prescriber) {
        TextField field = new TextField();
        field.setId("override-" + c.name());
        field.setPromptText(ui.text("screening.override.prompt"));
        field.setDisable(!prescriber);
        field.setPrefColumnCount(26);
        reasons.put(c, field);
        return field;
    }

    /**
     * A section heading as a nurse reads it ("Absolute contraindications: any one blocks a course"), with
     * its rule beside it in small type ("Why: PAT-1"), so an auditor still finds it (issue 15, item 6).
     */
    private Node heading(String key, String ruleId) {
        Label label = new Label(ui.text(key));
        label.getStyleClass().add("section-title");
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label why = new Label(ui.text("screening.why", ruleId));
        why.setId("screeningWhy-" + key.substring("screening.heading.".length()));
        why.getStyleClass().add("field-hint");
        why.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tooltip rule = new Tooltip(ui.text("screening.why", ruleId));
        label.setTooltip(rule);
        why.setTooltip(rule);
        HBox line = new HBox(10, label, why);
        line.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        return line;
    }
}
