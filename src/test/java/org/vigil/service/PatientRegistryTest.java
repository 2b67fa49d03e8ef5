package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.Role;
import org.vigil.domain.patient.Allergy;
import org.vigil.domain.patient.Contact;
import org.vigil.domain.patient.DuplicateReason;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PatientField;
import org.vigil.domain.patient.PatientFlag;
import org.vigil.domain.patient.Weight;
import org.vigil.domain.patient.WeightUnit;

@DisplayName("A nurse registers, finds and updates patients")
class PatientRegistryTest {

    private static final LocalDate TODAY = PatientForm.TODAY;

    @TempDir
    Path dir;
    private TestClinic clinic;
    private PatientRegistry registry;
    private Actor nurse;

    @BeforeEach
    void openClinic() {
        clinic = TestClinic.setUp(dir);
        registry = clinic.services().patients();
        nurse = clinic.person("nurse.li", "the trolley squeaks on the left", Role.NURSE);
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }

    private Outcome<Registration> register(Patient patient) {
        return registry.register(nurse, patient, false);
    }

    private PatientView registered(Patient patient) {
        return ((Registration.Saved) register(patient).value()).patient();
    }

    private List<PatientView> search(String query) {
        return clinic.services().patients().search(nurse, query).value();
    }

    private List<String> mrns(String query) {
        return search(query).stream().map(v -> v.patient().mrn()).toList();
    }

    private long count(String action) {
        return clinic.actions().stream().filter(action::equals).count();
    }

    @Test
    @DisplayName("SIG-4 a complete registration is saved as typed, with its first weight, and audited with the values")
    void registerComplete() {
        Patient grace = PatientForm.grace().patient();

        PatientView saved = registered(grace);

        assertThat(saved.id()).isPositive();
        assertThat(saved.patient()).isEqualTo(grace);
        assertThat(saved.active()).isTrue();
        assertThat(saved.age()).isEqualTo(44);
        assertThat(saved.weights()).containsExactly(new Weight(new BigDecimal("68.4"), TODAY));
        assertThat(saved.flags()).isEmpty();
        assertThat(saved.displayName()).isEqualTo("Okafor, Grace");
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("PATIENT_REGISTERED");
        assertThat(event.userId()).isEqualTo(nurse.userId());
        assertThat(event.entityType()).isEqualTo("patient");
        assertThat(event.entityId()).isEqualTo(String.valueOf(saved.id()));
        assertThat(event.oldValue()).isNull();
        assertThat(event.newValue()).contains("mrn=MRN-0001", "name=Okafor, Grace", "born=1980-06-15", "sex=FEMALE",
                "idNumber=P1234567", "weight=68.4kg@2025-03-03", "allergies=none known", "potential=YES");
        assertThat(event.reason()).isNull();
    }

    @Test
    @DisplayName("a registered patient reads back the same after a restart")
    void roundTripAfterRestart() {
        Patient grace = PatientForm.grace().allergies(new Allergy("penicillin", "rash"), new Allergy("latex", "hives")).patient();
        long id = registered(grace).id();

        clinic.reopen();

        PatientView read = clinic.services().patients().open(nurse, id).value();
        assertThat(read.patient()).isEqualTo(grace);
        assertThat(read.patient().allergies().entries()).extracting(Allergy::substance).containsExactly("penicillin", "latex");
        assertThat(read.flags()).containsExactly(PatientFlag.ALLERGY);
    }

    @Test
    @DisplayName("opening a patient who does not exist is refused")
    void openUnknown() {
        assertThat(registry.open(nurse, 999).refusalOrNull()).isEqualTo(Refusal.of("REG", "patient.notFound"));
    }

    @Test
    @DisplayName("a birth date in the future is shown next to the field, and nothing is saved")
    void birthDateInFuture() {
        Outcome<Registration> result = register(PatientForm.grace().born(TODAY.plusDays(1)).weight(null).patient());

        assertThat(result).isEqualTo(Outcome.invalid(List.of(
                FieldProblem.of(PatientField.DATE_OF_BIRTH, "REG", "patient.dateOfBirth.future", TODAY))));
        assertThat(search("")).isEmpty();
        assertThat(count("PATIENT_REGISTERED")).isZero();
    }

    @Test
    @DisplayName("BP-8 a weight of 20 kg is outside the protocol's 30–300 kg, and nothing is saved")
    void weightTooLow() {
        Outcome<Registration> result = register(PatientForm.grace().weight(new Weight(new BigDecimal("20"), TODAY)).patient());

        assertThat(result).isInstanceOf(Outcome.Invalid.class);
        assertThat(((Outcome.Invalid<Registration>) result).problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(PatientField.WEIGHT);
            assertThat(p.refusal().ruleId()).isEqualTo("BP-8");
            assertThat(p.refusal().messageKey()).isEqualTo("patient.weight.range");
        });
        assertThat(search("")).isEmpty();
    }

    @Test
    @DisplayName("BP-8 a weight given in pounds is converted and stored in kg; 50 lb (22.7 kg) is refused as too light")
    void weightInPounds() {
        Weight pounds = Weight.entered(new BigDecimal("154"), WeightUnit.LB, TODAY);
        PatientView saved = registered(PatientForm.grace().weight(pounds).patient());
        assertThat(saved.weights()).containsExactly(new Weight(new BigDecimal("69.9"), TODAY));
        clinic.reopen();
        assertThat(clinic.services().patients().open(nurse, saved.id()).value().patient().weight())
                .contains(new Weight(new BigDecimal("69.9"), TODAY));

        Outcome<Registration> light = clinic.services().patients().register(nurse, PatientForm.david()
                .weight(Weight.entered(new BigDecimal("50"), WeightUnit.LB, TODAY)).patient(), false);
        assertThat(light).isInstanceOf(Outcome.Invalid.class);
        assertThat(((Outcome.Invalid<Registration>) light).problems().stream().<Object>map(FieldProblem::field))
                .containsExactly(PatientField.WEIGHT);
        assertThat(search("")).hasSize(1);
    }

    @Test
    @DisplayName("a missing MRN is shown next to its field, and nothing is saved")
    void missingMrn() {
        Outcome<Registration> result = register(PatientForm.grace().mrn(" ").patient());

        assertThat(result).isEqualTo(Outcome.invalid(List.of(FieldProblem.of(PatientField.MRN, "REG", "patient.mrn.required"))));
        assertThat(search("")).isEmpty();
    }

    @Test
    @DisplayName("CD-3 the ID number is required and must be 4–30 letters, digits or dashes in the default country")
    void idNumberShape() {
        assertThat(register(PatientForm.grace().idNumber("").patient())).isEqualTo(Outcome.invalid(List.of(
                FieldProblem.of(PatientField.ID_NUMBER, "CD-3", "patient.idNumber.required"))));
        assertThat(register(PatientForm.grace().idNumber("P12").patient())).isEqualTo(Outcome.invalid(List.of(
                FieldProblem.of(PatientField.ID_NUMBER, "CD-3", "patient.idNumber.other.shape", 4, 30))));
        assertThat(search("")).isEmpty();
    }

    @Test
    @DisplayName("CD-3 the ID number is stored as the format writes it: no spaces, upper case")
    void idNumberNormalised() {
        PatientView saved = registered(PatientForm.grace().idNumber(" p 123 4567 ").patient());

        assertThat(saved.patient().idNumber()).isEqualTo("P1234567");
        assertThat(mrns("P1234567")).containsExactly("MRN-0001");
        assertThat(clinic.lastEvent().newValue()).contains("idNumber=P1234567;");

        Registration updated = registry.update(nurse, saved.id(), PatientForm.grace().idNumber("p765 4321").patient()).value();

        assertThat(updated).isInstanceOfSatisfying(Registration.Saved.class, s ->
                assertThat(s.patient().patient().idNumber()).isEqualTo("P7654321"));
    }

    @Test
    @DisplayName("a same MRN blocks registration, even when the user says it is a different person")
    void sameMrnBlocks() {
        PatientView grace = registered(PatientForm.grace().patient());
        Patient other = PatientForm.david().mrn("mrn-0001").patient();

        for (boolean differentPerson : new boolean[] {false, true}) {
            Registration result = registry.register(nurse, other, differentPerson).value();
            assertThat(result).isInstanceOfSatisfying(Registration.PossibleDuplicates.class, d -> {
                assertThat(d.confirmable()).isFalse();
                assertThat(d.candidates()).singleElement().satisfies(c -> {
                    assertThat(c.existing().id()).isEqualTo(grace.id());
                    assertThat(c.reasons()).containsExactly(DuplicateReason.SAME_MRN);
                });
            });
        }
        assertThat(mrns("")).containsExactly("MRN-0001");
    }

    @Test
    @DisplayName("a same ID number blocks registration, even typed with spaces and in lower case")
    void sameIdNumberBlocks() {
        registered(PatientForm.grace().patient());
        Patient other = PatientForm.david().idNumber("p1234 567").patient();

        for (boolean differentPerson : new boolean[] {false, true}) {
            assertThat(registry.register(nurse, other, differentPerson).value())
                    .isInstanceOfSatisfying(Registration.PossibleDuplicates.class, d -> {
                        assertThat(d.confirmable()).isFalse();
                        assertThat(d.candidates()).singleElement()
                                .satisfies(c -> assertThat(c.reasons()).containsExactly(DuplicateReason.SAME_ID_NUMBER));
                    });
        }
        assertThat(mrns("")).containsExactly("MRN-0001");
    }

    @Test
    @DisplayName("a same name and birth date asks for confirmation, and registers once the user says it is a different person")
    void sameNameAndBirthDateConfirmable() {
        PatientView first = registered(PatientForm.grace().patient());
        // Name typed the other way round, as happens between Chinese and English forms.
        Patient namesake = PatientForm.grace().mrn("MRN-0100").idNumber("X7654321").name("Grace", "Okafor").patient();

        Registration asked = register(namesake).value();
        assertThat(asked).isInstanceOfSatisfying(Registration.PossibleDuplicates.class, d -> {
            assertThat(d.confirmable()).isTrue();
            assertThat(d.candidates()).singleElement().satisfies(c -> {
                assertThat(c.existing().id()).isEqualTo(first.id());
                assertThat(c.reasons()).containsExactly(DuplicateReason.SAME_NAME_AND_BIRTH_DATE);
            });
        });
        assertThat(mrns("")).containsExactly("MRN-0001");

        Registration confirmed = registry.register(nurse, namesake, true).value();

        assertThat(confirmed).isInstanceOf(Registration.Saved.class);
        assertThat(mrns("")).containsExactlyInAnyOrder("MRN-0001", "MRN-0100");
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("PATIENT_REGISTERED");
        assertThat(event.reason()).contains("different person");
    }

    @Test
    @DisplayName("a patient is found by family name, given name, MRN, birth date or ID number, whatever the case")
    void searchByEveryKey() {
        registered(PatientForm.grace().patient());
        registered(PatientForm.david().patient());

        assertThat(mrns("okafor")).containsExactly("MRN-0001");
        assertThat(mrns("GRACE")).containsExactly("MRN-0001");
        assertThat(mrns("mrn-0002")).containsExactly("MRN-0002");
        assertThat(mrns("1980-06-15")).containsExactly("MRN-0001");
        assertThat(mrns("1970-01")).containsExactly("MRN-0002");
        assertThat(mrns("gb-998877")).containsExactly("MRN-0002");
        assertThat(mrns("brown david")).containsExactly("MRN-0002");
        assertThat(mrns("david brown")).containsExactly("MRN-0002");
        assertThat(mrns("nobody")).isEmpty();
        assertThat(mrns("")).containsExactly("MRN-0002", "MRN-0001");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"zhang", "Zhang Wei", "zhangwei", "zw", "张", "张伟", "张 伟"})
    @DisplayName("张伟 is found by pinyin, run-together pinyin, initials and the characters")
    void searchChineseName(String query) {
        registered(PatientForm.zhangWei().patient());
        registered(PatientForm.david().patient());

        assertThat(search(query)).singleElement().satisfies(v -> assertThat(v.displayName()).isEqualTo("张伟"));
    }

    @Test
    @DisplayName("a surname read differently from the common word (曾 Zeng, not Ceng) is found by its surname reading")
    void searchSurnameReading() {
        registered(PatientForm.zhangWei().mrn("MRN-0009").name("曾", "志伟").idNumber("E7654321").patient());

        assertThat(mrns("zeng zhi")).containsExactly("MRN-0009");
        assertThat(mrns("zzw")).containsExactly("MRN-0009");
    }

    @Test
    @DisplayName("an ID number typed with spaces is found all the same")
    void searchIdWithSpaces() {
        registered(PatientForm.zhangWei().patient());

        assertThat(mrns("E1234 5678")).containsExactly("MRN-0003");
    }

    @Test
    @DisplayName("a name longer than the record keeps is refused at its field, not cut or crashed")
    void nameTooLong() {
        Outcome<Registration> result = register(PatientForm.grace().name("O".repeat(101), "Grace").patient());

        assertThat(result).isInstanceOf(Outcome.Invalid.class);
        assertThat(((Outcome.Invalid<Registration>) result).problems())
                .anySatisfy(p -> assertThat(p.field()).isEqualTo(org.vigil.domain.patient.PatientField.FAMILY_NAME));
        assertThat(search("")).isEmpty();
    }

    @Test
    @DisplayName("a % or \\ typed in the search box is not a wildcard")
    void searchWildcards() {
        registered(PatientForm.grace().patient());

        assertThat(mrns("okafor")).containsExactly("MRN-0001");
        assertThat(mrns("o%a")).isEmpty();
        assertThat(mrns("o_afor")).isEmpty();
        assertThat(mrns("\\")).isEmpty();
    }

    @Test
    @DisplayName("SIG-4 an update is audited with the details before and after; a new weight is added to the history, newest first")
    void updateKeepsHistory() {
        PatientView saved = registered(PatientForm.grace().patient());
        clinic.clock.advance(Duration.ofDays(14));
        LocalDate later = TODAY.plusDays(14);
        Patient changed = PatientForm.grace().contact(new Contact("+44 20 7946 0999", "grace@example.org", "3 Oak Lane, York"))
                .weight(new Weight(new BigDecimal("66.0"), later)).patient();

        Registration result = registry.update(nurse, saved.id(), changed).value();

        assertThat(result).isInstanceOfSatisfying(Registration.Saved.class, s -> {
            assertThat(s.patient().patient()).isEqualTo(changed);
            assertThat(s.patient().weights()).containsExactly(new Weight(new BigDecimal("66.0"), later),
                    new Weight(new BigDecimal("68.4"), TODAY));
        });
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("PATIENT_UPDATED");
        assertThat(event.entityId()).isEqualTo(String.valueOf(saved.id()));
        assertThat(event.oldValue()).contains("phone=+44 20 7946 0001", "address=12 Elm Road, Leeds", "weight=68.4kg@2025-03-03");
        assertThat(event.newValue()).contains("phone=+44 20 7946 0999", "address=3 Oak Lane, York", "weight=66.0kg@2025-03-17");
        assertThat(mrns("")).hasSize(1);
    }

    @Test
    @DisplayName("an update that keeps the weight adds no weight to the history")
    void updateSameWeight() {
        PatientView saved = registered(PatientForm.grace().patient());

        registry.update(nurse, saved.id(), PatientForm.grace().contact(Contact.NONE).patient()).value();

        assertThat(registry.open(nurse, saved.id()).value().weights()).hasSize(1);
    }

    @Test
    @DisplayName("an update to another patient's MRN is refused as a duplicate, and the patient keeps their details")
    void updateToTakenMrn() {
        registered(PatientForm.grace().patient());
        PatientView david = registered(PatientForm.david().patient());

        Registration result = registry.update(nurse, david.id(), PatientForm.david().mrn("MRN-0001").patient()).value();

        assertThat(result).isInstanceOfSatisfying(Registration.PossibleDuplicates.class, d -> assertThat(d.confirmable()).isFalse());
        assertThat(registry.open(nurse, david.id()).value().patient().mrn()).isEqualTo("MRN-0002");
        assertThat(count("PATIENT_UPDATED")).isZero();
    }

    @Test
    @DisplayName("SIG-4 deactivating needs a reason; the patient is kept, still found and marked inactive, and it is audited")
    void deactivate() {
        PatientView saved = registered(PatientForm.grace().patient());

        assertThat(registry.deactivate(nurse, saved.id(), "  ").refusalOrNull()).isEqualTo(Refusal.of("SIG-4", "reason.required"));
        assertThat(registry.open(nurse, saved.id()).value().active()).isTrue();

        PatientView inactive = registry.deactivate(nurse, saved.id(), " registered twice by mistake ").value();

        assertThat(inactive.active()).isFalse();
        assertThat(inactive.inactiveReason()).isEqualTo("registered twice by mistake");
        assertThat(search("okafor")).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(saved.id());
            assertThat(v.active()).isFalse();
        });
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("PATIENT_DEACTIVATED");
        assertThat(event.oldValue()).isEqualTo("active=true");
        assertThat(event.newValue()).isEqualTo("active=false");
        assertThat(event.reason()).isEqualTo("registered twice by mistake");

        assertThat(registry.reactivate(nurse, saved.id(), "was not a duplicate").value().active()).isTrue();
        assertThat(clinic.lastEvent().action()).isEqualTo("PATIENT_REACTIVATED");
    }

    @Test
    @DisplayName("an inactive patient still blocks their MRN: a patient is never registered twice")
    void inactiveStillDuplicate() {
        PatientView saved = registered(PatientForm.grace().patient());
        registry.deactivate(nurse, saved.id(), "moved away").value();

        assertThat(register(PatientForm.david().mrn("MRN-0001").patient()).value()).isInstanceOf(Registration.PossibleDuplicates.class);
    }

    @Test
    @DisplayName("ROLE-2 a nurse whose account was deactivated cannot search, and the attempt is audited")
    void deactivatedNurse() {
        clinic.services().users().deactivate(clinic.admin(), nurse.userId(), "left the clinic").value();

        assertThat(registry.search(nurse, "okafor").refusalOrNull()).isEqualTo(Refusal.of("ROLE-2", "refused.inactive"));
        AuditEvent event = clinic.lastEvent();
        assertThat(event.action()).isEqualTo("REFUSED");
        assertThat(event.newValue()).isEqualTo("patients.search");
        assertThat(event.reason()).isEqualTo("ROLE-2: account deactivated");
    }
}
