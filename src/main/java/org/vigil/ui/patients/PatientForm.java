package org.vigil.ui.patients;

import java.math.BigDecimal;
import org.vigil.domain.TypedNumber;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vigil.domain.Language;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Allergy;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Contact;
import org.vigil.domain.patient.EmergencyContact;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PatientField;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.RiskProgrammeEnrolment;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.patient.Weight;
import org.vigil.domain.patient.WeightUnit;
import org.vigil.service.Services;
import org.vigil.ui.common.DateField;
import org.vigil.ui.common.EnumChoice;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;

/**
 * The patient's details as a form. Reading the form never loses what was typed: text that is
 * not a date or a number is reported next to its field and stays there to be corrected.
 */
final class PatientForm {

    private final UiContext ui;
    private final TextField mrn = field("mrn");
    private final TextField family = field("familyName");
    private final TextField given = field("givenName");
    private final DateField born = new DateField();
    private final ComboBox<Sex> sex;
    private final TextField phone = field("phone");
    private final TextField email = field("email");
    private final TextField address = field("address");
    private final TextField emergencyName = field("emergencyName");
    private final TextField emergencyRelationship = field("emergencyRelationship");
    private final TextField emergencyPhone = field("emergencyPhone");
    private final TextField idNumber = field("idNumber");
    private final TextField weight = field("weight");
    private final ComboBox<WeightUnit> weightUnit;
    private final DateField weighedOn = new DateField();
    private final CheckBox noAllergies = new CheckBox();
    private final TextArea allergies = new TextArea();
    private final TextField riskNumber = field("riskNumber");
    private final DateField riskOn = new DateField();
    private final ComboBox<ChildbearingPotential> childbearing;
    private final CheckBox contraception = new CheckBox();
    private final TextField contraceptionMethod = field("contraceptionMethod");
    private final TextArea notes = new TextArea();
    /** DIS-3: empty is "the clinic's language", the default for every patient. */
    private final ComboBox<Optional<Language>> language = new ComboBox<>();
    private final Map<PatientField, FormField> fields = new EnumMap<>(PatientField.class);
    private final ScrollPane root;

    PatientForm(UiContext ui) {
        this.ui = ui;
        born.setId("dateOfBirth");
        weighedOn.setId("weighedOn");
        riskOn.setId("riskOn");
        noAllergies.setId("noAllergies");
        noAllergies.setText(ui.text("patient.allergies.noneKnown"));
        allergies.setId("allergies");
        allergies.setPrefRowCount(2);
        allergies.setPromptText(ui.text("patient.allergies.prompt"));
        allergies.disableProperty().bind(noAllergies.selectedProperty());
        contraception.setId("contraception");
        contraception.setText(ui.text("patient.contraception.effective"));
        notes.setId("notes");
        notes.setPrefRowCount(2);
        sex = EnumChoice.of(ui, Sex.values(), "sex.");
        sex.setId("sex");
        weightUnit = EnumChoice.of(ui, WeightUnit.values(), "weightUnit.");
        weightUnit.setValue(WeightUnit.KG);
        childbearing = EnumChoice.of(ui, ChildbearingPotential.values(), "childbearing.");
        childbearing.setId("childbearing");
        language.setId("preferredLanguage");
        language.getItems().add(Optional.empty());
        for (Language l : Language.values()) {
            language.getItems().add(Optional.of(l));
        }
        language.setValue(Optional.empty());
        language.setCellFactory(list -> new LanguageCell(ui));
        language.setButtonCell(new LanguageCell(ui));

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        int row = 0;
        grid.add(put(PatientField.MRN, mrn, "patient.mrn"), 0, row);
        grid.add(put(PatientField.ID_NUMBER, idNumber, "patient.idNumber"), 1, row++);
        grid.add(put(PatientField.FAMILY_NAME, family, "patient.familyName"), 0, row);
        grid.add(put(PatientField.GIVEN_NAME, given, "patient.givenName"), 1, row++);
        grid.add(put(PatientField.DATE_OF_BIRTH, born, "patient.dateOfBirth"), 0, row);
        grid.add(put(PatientField.SEX, sex, "patient.sex"), 1, row++);
        grid.add(put(PatientField.PHONE, phone, "patient.phone"), 0, row);
        grid.add(put(PatientField.EMAIL, email, "patient.email"), 1, row++);
        grid.add(put(PatientField.ADDRESS, address, "patient.address"), 0, row++, 2, 1);
        VBox emergency = new VBox(4, emergencyName, new HBox(8, emergencyRelationship, emergencyPhone));
        emergencyName.setPromptText(ui.text("patient.emergency.name"));
        emergencyRelationship.setPromptText(ui.text("patient.emergency.relationship"));
        emergencyPhone.setPromptText(ui.text("patient.emergency.phone"));
        grid.add(put(PatientField.EMERGENCY_CONTACT, emergency, "patient.emergency"), 0, row++, 2, 1);
        HBox weightLine = new HBox(8, weight, weightUnit);
        weight.setPrefColumnCount(6);
        grid.add(put(PatientField.WEIGHT, weightLine, "patient.weight"), 0, row);
        grid.add(put(PatientField.WEIGHT_MEASURED_ON, weighedOn, "patient.weighedOn"), 1, row++);
        grid.add(put(PatientField.ALLERGIES, new VBox(4, noAllergies, allergies), "patient.allergies"), 0, row++, 2, 1);
        grid.add(put(PatientField.RISK_PROGRAMME_NUMBER, riskNumber, "patient.riskNumber"), 0, row);
        grid.add(put(PatientField.RISK_PROGRAMME_ENROLLED_ON, riskOn, "patient.riskOn"), 1, row++);
        grid.add(put(PatientField.CHILDBEARING_POTENTIAL, childbearing, "patient.childbearing"), 0, row);
        grid.add(put(PatientField.CONTRACEPTION_METHOD, new VBox(4, contraception, contraceptionMethod), "patient.contraception"), 1, row++);
        FormField languageField = new FormField(language).label(ui.text("patient.preferredLanguage"))
                .hint(ui.text("patient.preferredLanguage.hint"));
        grid.add(languageField, 0, row++);
        grid.add(put(PatientField.NOTES, notes, "patient.notes"), 0, row, 2, 1);
        VBox box = new VBox(grid);
        box.setPadding(new Insets(14));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    Parent root() {
        return root;
    }

    void show(Patient p) {
        mrn.setText(p.mrn());
        family.setText(p.name().family());
        given.setText(p.name().given());
        born.setDate(p.dateOfBirth());
        sex.setValue(p.sex());
        phone.setText(p.contact().phone());
        email.setText(p.contact().email());
        address.setText(p.contact().address());
        emergencyName.setText(p.emergencyContact().name());
        emergencyRelationship.setText(p.emergencyContact().relationship());
        emergencyPhone.setText(p.emergencyContact().phone());
        idNumber.setText(p.idNumber());
        p.weight().ifPresent(w -> {
            weight.setText(w.kg().toPlainString());
            weightUnit.setValue(WeightUnit.KG);
            weighedOn.setDate(w.measuredOn());
        });
        noAllergies.setSelected(p.allergies().noneKnown());
        allergies.setText(String.join("\n", p.allergies().entries().stream()
                .map(a -> a.reaction().isEmpty() ? a.substance() : a.substance() + ": " + a.reaction()).toList()));
        p.riskProgramme().ifPresent(r -> {
            riskNumber.setText(r.number());
            riskOn.setDate(r.enrolledOn());
        });
        childbearing.setValue(p.childbearing().potential());
        contraception.setSelected(p.childbearing().effectiveContraception());
        contraceptionMethod.setText(p.childbearing().contraceptionMethod());
        notes.setText(p.notes());
        language.setValue(p.preferredLanguage());
    }

    /**
     * The patient typed, ready to send; or, when a date or number cannot be read, empty, and every problem of
     * the form is shown at once: what could not be read and what the service finds in the other fields
     * (issue 15, item 8: a bad date hid the rest).
     */
    Optional<Patient> readOrShowAll(FormMessages messages, Services services) {
        List<FieldProblem<PatientField>> unreadable = unreadable();
        if (unreadable.isEmpty()) {
            return Optional.of(typed());
        }
        Patient patient = typed();
        ui.background().run(() -> services.patients().problems(patient), found -> messages.problems(unreadable, found), messages::fault);
        return Optional.empty();
    }

    /** Text the form cannot read, each at its field: a date or a number that is not one. */
    private List<FieldProblem<PatientField>> unreadable() {
        List<FieldProblem<PatientField>> unreadable = new ArrayList<>();
        check(born, PatientField.DATE_OF_BIRTH, unreadable);
        check(weighedOn, PatientField.WEIGHT_MEASURED_ON, unreadable);
        check(riskOn, PatientField.RISK_PROGRAMME_ENROLLED_ON, unreadable);
        // BP-8: read with bounded precision, so a pasted "1e+10000000" is a message here, not a frozen screen (issue 14).
        if (!weight.getText().isBlank() && TypedNumber.read(weight.getText()).isEmpty()) {
            unreadable.add(new FieldProblem<>(PatientField.WEIGHT, TypedNumber.unreadable("BP-8")));
        }
        return unreadable;
    }

    /**
     * The patient as typed, with what could not be read left blank: for checking the rest of the form
     * while {@link #unreadable} is shown (issue 15, item 8), never for saving.
     */
    private Patient typed() {
        Optional<BigDecimal> amount = weight.getText().isBlank() ? Optional.empty() : TypedNumber.read(weight.getText());
        Optional<Weight> measured = amount.map(a -> Weight.entered(a, weightUnit.getValue(), weighedOn.date().orElse(null)));
        List<Allergy> entries = allergies.getText().lines().filter(l -> !l.isBlank()).map(l -> {
            int colon = l.indexOf(':');
            return colon < 0 ? new Allergy(l, "") : new Allergy(l.substring(0, colon), l.substring(colon + 1));
        }).toList();
        Optional<RiskProgrammeEnrolment> risk = riskNumber.getText().isBlank() && riskOn.date().isEmpty() ? Optional.empty()
                : Optional.of(new RiskProgrammeEnrolment(riskNumber.getText(), riskOn.date().orElse(null)));
        return new Patient(mrn.getText(), new PersonName(family.getText(), given.getText()), born.date().orElse(null),
                sex.getValue(), new Contact(phone.getText(), email.getText(), address.getText()),
                new EmergencyContact(emergencyName.getText(), emergencyRelationship.getText(), emergencyPhone.getText()),
                idNumber.getText(), measured, noAllergies.isSelected() ? Allergies.NONE_KNOWN : new Allergies(false, entries), risk,
                new Childbearing(childbearing.getValue(), contraception.isSelected(), contraceptionMethod.getText()), notes.getText(),
                language.getValue() == null ? Optional.empty() : language.getValue());
    }

    /** The service's problems with this form's fields are shown next to them. */
    void attach(FormMessages messages) {
        fields.forEach(messages::field);
    }

    private static void check(DateField date, PatientField field, List<FieldProblem<PatientField>> unreadable) {
        if (date.unreadable()) {
            unreadable.add(new FieldProblem<>(field, DateField.unreadable("REG")));
        }
    }

    /** DIS-3: a language by its own name, or the clinic's language for a patient who reads it. */
    private static final class LanguageCell extends javafx.scene.control.ListCell<Optional<Language>> {
        private final UiContext ui;

        LanguageCell(UiContext ui) {
            this.ui = ui;
        }

        @Override
        protected void updateItem(Optional<Language> item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.map(l -> ui.text("language." + l.name())).orElse(ui.text("patient.preferredLanguage.clinic")));
        }
    }

    private FormField put(PatientField key, javafx.scene.Node control, String labelKey) {
        FormField field = new FormField(control).label(ui.text(labelKey));
        fields.put(key, field);
        return field;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }
}
