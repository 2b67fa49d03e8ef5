package org.vigil.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.patient.Patients.TODAY;
import static org.vigil.domain.patient.Patients.drChen;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The screening record, its form check and the header flags. */
class ScreeningTest {

    private static final AgeLimits AGES = AgeLimits.from(ProtocolDefaults.settings());

    private static List<String> problems(Screening s, Patient p) {
        return ScreeningCheck.problems(s, p, TODAY).stream().map(f -> f.field() + " " + f.refusal().ruleId() + " " + f.refusal().messageKey()).toList();
    }

    @Test
    @DisplayName("PAT-4 pregnancy and breastfeeding answers become relative contraindications")
    void answersBecomeContraindications() {
        Screening s = new Screening(TODAY, Set.of(Contraindication.AORTIC_ANEURYSM), PregnancyStatus.PREGNANT, true, Map.of(),
                Optional.empty(), Optional.empty());
        assertThat(s.contraindications()).containsExactly(Contraindication.AORTIC_ANEURYSM, Contraindication.PREGNANCY,
                Contraindication.BREASTFEEDING);
        assertThat(s.anyAbsolute()).isTrue();
        assertThat(s.anyRelative()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("PAT-1/2/3/4 the screening form")
    @CsvSource(delimiter = '|', textBlock = """
            # situation                                 | patient | pregnancy     | override of                 | override reason | problem
            woman, pregnancy answered                   | woman   | NOT_PREGNANT  |                             |                 |
            PAT-4 woman, pregnancy not asked            | woman   | NOT_ASKED     |                             |                 | PREGNANCY PAT-4 screening.pregnancy.required
            PAT-4 man, pregnancy not asked              | man     | NOT_ASKED     |                             |                 |
            PAT-2 override with a reason                | man     | NOT_ASKED     | PSYCHOTIC_SYMPTOMS          | remitted        |
            PAT-2 override without a reason             | man     | NOT_ASKED     | PSYCHOTIC_SYMPTOMS          |                 | OVERRIDES PAT-2 decision.reason.required
            PAT-1 an absolute one cannot be overridden  | man     | NOT_ASKED     | ARTERIOVENOUS_MALFORMATION  | urgent          | OVERRIDES PAT-1 screening.override.absolute
            """)
    void form(String situation, String who, PregnancyStatus pregnancy, Contraindication overridden, String reason, String problem) {
        Patient p = "woman".equals(who) ? Patients.adultWoman() : Patients.adultMan();
        Map<Contraindication, PrescriberDecision> overrides = overridden == null ? Map.of() : Map.of(overridden, drChen(reason));
        Screening s = new Screening(TODAY, overridden == null ? Set.of() : Set.of(overridden), pregnancy, false, overrides,
                Optional.empty(), Optional.empty());
        assertThat(problems(s, p)).containsExactlyElementsOf(problem == null ? List.of() : List.of(problem));
    }

    @Test
    @DisplayName("PAT-3 minor consent must be complete and not dated in the future")
    void minorConsent() {
        Patient p = Patients.adultMan();
        Screening incomplete = new Screening(TODAY, Set.of(), PregnancyStatus.NOT_ASKED, false, Map.of(),
                Optional.of(new MinorConsent("", "mother", TODAY, TODAY, drChen("reason"))), Optional.empty());
        assertThat(problems(incomplete, p)).containsExactly("MINOR_CONSENT PAT-3 screening.minorConsent.incomplete");
        Screening future = new Screening(TODAY, Set.of(), PregnancyStatus.NOT_ASKED, false, Map.of(),
                Optional.of(new MinorConsent("Smith Mary", "mother", TODAY, TODAY.plusDays(1), drChen("reason"))), Optional.empty());
        assertThat(problems(future, p)).containsExactly("MINOR_CONSENT PAT-3 patient.date.future");
        Screening noDate = new Screening(null, Set.of(), PregnancyStatus.NOT_ASKED, false, Map.of(), Optional.empty(),
                Optional.of(drChen(" ")));
        assertThat(problems(noDate, p)).containsExactly("SCREENED_ON REG screening.date.required",
                "OLDER_ADULT_CONFIRMATION PAT-3 decision.reason.required");
    }

    @Test
    @DisplayName("Header flags: allergy, contraindications, pregnancy, breastfeeding")
    void flags() {
        Screening s = new Screening(TODAY, Set.of(Contraindication.HYPERSENSITIVITY, Contraindication.UNCONTROLLED_HYPERTENSION),
                PregnancyStatus.PREGNANT, true, Map.of(), Optional.empty(), Optional.empty());
        Patient allergic = Patients.adultMan();
        assertThat(PatientFlag.of(allergic, Optional.of(s), AGES, TODAY)).containsExactly(PatientFlag.ALLERGY,
                PatientFlag.ABSOLUTE_CONTRAINDICATION, PatientFlag.RELATIVE_CONTRAINDICATION, PatientFlag.PREGNANT, PatientFlag.BREASTFEEDING);
        assertThat(PatientFlag.of(Patients.adultWoman(), Optional.of(Screening.clear(TODAY)), AGES, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "born {0}: {1}")
    @DisplayName("PAT-3 header flags for age and for allergies nobody has asked about")
    @CsvSource(delimiter = '|', textBlock = """
            # born       | flags
            2008-03-03   | ALLERGIES_NOT_RECORDED UNDER_ADULT_AGE
            1990-05-14   | ALLERGIES_NOT_RECORDED
            1961-03-02   | ALLERGIES_NOT_RECORDED OLDER_ADULT
            """)
    void ageFlags(LocalDate born, String flags) {
        Patient p = Patients.bornOn(Patients.adultWoman(), born);
        Patient notAsked = new Patient(p.mrn(), p.name(), p.dateOfBirth(), p.sex(), p.contact(), p.emergencyContact(), p.idNumber(),
                p.weight(), Allergies.NOT_RECORDED, p.riskProgramme(), p.childbearing(), "");
        Set<PatientFlag> expected = EnumSet.noneOf(PatientFlag.class);
        for (String f : flags.split(" ")) {
            expected.add(PatientFlag.valueOf(f));
        }
        assertThat(PatientFlag.of(notAsked, Optional.empty(), AGES, TODAY)).isEqualTo(expected);
    }

    @Test
    @DisplayName("Every flag and contraindication names its rule")
    void ruleIds() {
        assertThat(PatientFlag.PREGNANT.ruleId()).isEqualTo("PAT-4");
        assertThat(Contraindication.HYPERSENSITIVITY.ruleId()).isEqualTo("PAT-1");
        assertThat(Contraindication.SEVERE_HEPATIC_IMPAIRMENT.ruleId()).isEqualTo("PAT-2");
        assertThat(AGES.band(LocalDate.of(1961, 3, 3), TODAY)).isEqualTo(AgeBand.ADULT);
    }
}
