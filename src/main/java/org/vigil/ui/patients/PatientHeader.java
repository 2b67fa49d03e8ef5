package org.vigil.ui.patients;

import java.util.Comparator;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vigil.domain.patient.PatientFlag;
import org.vigil.service.PatientView;
import org.vigil.ui.common.UiContext;

/**
 * The patient's name line, shown on every patient screen: who, how old, and the flags nobody may
 * miss (allergy, contraindications, pregnancy, age rules).
 */
public final class PatientHeader {

    private static final java.util.List<PatientFlag> SERIOUS_FIRST = java.util.List.of(PatientFlag.ABSOLUTE_CONTRAINDICATION,
            PatientFlag.PREGNANT, PatientFlag.RELATIVE_CONTRAINDICATION, PatientFlag.BREASTFEEDING, PatientFlag.ALLERGY,
            PatientFlag.ALLERGIES_NOT_RECORDED, PatientFlag.UNDER_ADULT_AGE, PatientFlag.OLDER_ADULT);

    private final VBox root = new VBox(4);

    public PatientHeader(UiContext ui, PatientView p) {
        root.getStyleClass().add("patient-header");
        root.setPadding(new Insets(10, 14, 10, 14));
        Label name = new Label(p.displayName());
        name.getStyleClass().add("patient-name");
        name.setId("patientName");
        String born = p.patient().dateOfBirth() == null ? "" : ui.times().date(p.patient().dateOfBirth());
        Label facts = new Label(ui.text("patient.header.facts", p.age(), ui.text("sex." + p.patient().sex().name()), born,
                p.patient().mrn(), p.patient().idNumber()));
        facts.getStyleClass().add("patient-facts");
        HBox top = new HBox(12, name, facts);
        top.setAlignment(Pos.BASELINE_LEFT);
        if (!p.active()) {
            Label inactive = new Label(ui.text("patient.inactive", p.inactiveReason() == null ? "" : p.inactiveReason()));
            inactive.getStyleClass().addAll("flag", "flag-inactive");
            top.getChildren().add(inactive);
        }
        root.getChildren().addAll(top, flags(ui, p));
    }

    /** Flag chips, most serious first; also used in lists. */
    public static FlowPane flags(UiContext ui, PatientView p) {
        FlowPane chips = new FlowPane(6, 4);
        chips.setId("patientFlags");
        p.flags().stream().sorted(Comparator.comparingInt(SERIOUS_FIRST::indexOf)).forEach(flag -> {
            Label chip = new Label(flag == PatientFlag.ALLERGY ? allergies(ui, p) : ui.text(flag.messageKey()));
            chip.getStyleClass().addAll("flag", "flag-" + flag.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            chips.getChildren().add(chip);
        });
        p.weights().stream().findFirst().ifPresent(w -> {
            Label weight = new Label(ui.text("patient.header.weight", w.kg().toPlainString(), ui.times().date(w.measuredOn())));
            weight.getStyleClass().addAll("flag", "flag-info");
            chips.getChildren().add(weight);
        });
        return chips;
    }

    /**
     * "Allergy: penicillin (rash), latex": at the chair the nurse must see what the patient is
     * allergic to, not only that there is something (issue 15, item 12).
     */
    private static String allergies(UiContext ui, PatientView p) {
        String named = String.join(", ", p.patient().allergies().entries().stream()
                .map(a -> a.reaction().isEmpty() ? a.substance() : ui.text("session.allergyChip.reaction", a.substance(), a.reaction()))
                .toList());
        return named.isEmpty() ? ui.text(PatientFlag.ALLERGY.messageKey()) : ui.text("session.allergyChip", named);
    }

    public Parent root() {
        return root;
    }
}
