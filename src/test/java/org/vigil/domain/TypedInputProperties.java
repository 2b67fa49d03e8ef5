package org.vigil.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.patient.ClinicCountry;
import org.vigil.domain.patient.Contact;
import org.vigil.domain.patient.EmergencyContact;
import org.vigil.domain.patient.IdNumberFormat;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PatientCheck;
import org.vigil.domain.patient.PatientLimits;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.ProtocolDefaults;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.patient.Weight;
import org.vigil.domain.patient.WeightUnit;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.vitals.QuickVitalsLine;
import org.vigil.testing.ForAll;
import org.vigil.testing.FuzzText;
import org.vigil.testing.FuzzVerdict;

/**
 * Issue 14, item 7: every parser and validator in the domain takes whatever is typed or pasted
 * and answers with a value or a message, within {@value FuzzVerdict#BUDGET_MILLIS} ms, never an
 * exception. Seeded ({@link ForAll}: the same inputs on every CI run, {@code
 * -Dvigil.property.seed=random} to explore), a few thousand inputs each.
 */
@DisplayName("Fuzz: domain parsers and validators")
class TypedInputProperties {

    private static final int TRIES = 3000;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final PatientLimits LIMITS = PatientLimits.from(ProtocolDefaults.settings());

    private final FuzzVerdict weights = new FuzzVerdict("weight field");
    private final FuzzVerdict numbers = new FuzzVerdict("number field");
    private final FuzzVerdict vitals = new FuzzVerdict("QuickVitalsLine.parse");
    private final FuzzVerdict registration = new FuzzVerdict("PatientCheck.problems");
    private final FuzzVerdict idNumbers = new FuzzVerdict("IdNumberFormat");
    private final FuzzVerdict scales = new FuzzVerdict("ScaleKind.problems");
    private final FuzzVerdict settings = new FuzzVerdict("SettingDefinition.check");

    @Test
    @DisplayName("BP-8 a weight as typed becomes a weight checked against the limits, or a message at the field")
    void weightField() {
        record Typed(String text, WeightUnit unit) {}
        ForAll.cases(r -> new Typed(numbers(r), FuzzText.pick(r, List.of(WeightUnit.values())))).tries(TRIES)
                .shrinkWith(t -> FuzzText.shrink(t.text()).stream().map(x -> new Typed(x, t.unit())).toList())
                .describedBy(t -> FuzzVerdict.describe(t.text()) + " " + t.unit())
                .check("BP-8 weight field", t -> weights.problems(t.text(), weights.pure(t.text(), () -> weightProblems(t.text(), t.unit()))));
    }

    @Test
    @DisplayName("PROD-2 a rate, volume, amount or setting number as typed is read with bounded precision, or not at all")
    void numberField() {
        strings(TypedInputProperties::numbers).check("PROD-2 number field", typed -> {
            Optional<BigDecimal> read = numbers.pure(typed, () -> TypedNumber.read(typed));
            read.ifPresent(n -> assertThat(n.toPlainString()).hasSizeLessThan(128));
            if (read.isEmpty() && !typed.isBlank()) {
                numbers.readable(typed, TypedNumber.unreadable("PROD-2"));
            }
        });
    }

    @Test
    @DisplayName("BP-8 the quick vitals line is read or each problem is named at its field")
    void vitalsLine() {
        strings(r -> FuzzText.typed(r, "152/94 88 97", "152 / 94 88 97", "120/80 60 99", "90/60")).check("BP-8 quick vitals line", typed -> {
            QuickVitalsLine.Parsed parsed = vitals.pure(typed, () -> QuickVitalsLine.parse(typed));
            if (parsed instanceof QuickVitalsLine.Unreadable u) {
                assertThat(u.problems()).isNotEmpty();
                vitals.problems(typed, u.problems());
            }
        });
    }

    @Test
    @DisplayName("REG every registration field takes any text and any date of birth; problems are named at their fields")
    void registrationForm() {
        record Form(String text, int field, LocalDate born, ClinicCountry country) {}
        ForAll.cases(r -> new Form(FuzzText.typed(r, "Brown", "张", "伟", "+44 20 7946 0001", "david@example.org", "GB-998877",
                        "11010519491231002X"), r.nextInt(11), birthDate(r), FuzzText.pick(r, List.of(ClinicCountry.values()))))
                .tries(TRIES)
                .shrinkWith(f -> FuzzText.shrink(f.text()).stream().map(x -> new Form(x, f.field(), f.born(), f.country())).toList())
                .describedBy(f -> FuzzVerdict.describe(f.text()) + " in field " + f.field() + ", born " + f.born() + ", " + f.country())
                .check("REG registration form", f -> {
                    Patient patient = patientWith(f.text(), f.field(), f.born());
                    PatientLimits limits = new PatientLimits(LIMITS.minWeightKg(), LIMITS.maxWeightKg(), f.country(), LIMITS.idNumberRequired());
                    registration.problems(f.text(), registration.pure(f.text(), () -> PatientCheck.problems(patient, limits, TODAY)));
                });
    }

    @Test
    @DisplayName("CD-3 an ID number of any shape is normalised and checked, or refused with what is expected")
    void idNumber() {
        for (IdNumberFormat format : IdNumberFormat.values()) {
            strings(r -> FuzzText.typed(r, "P1900001", "11010519491231002X", "GB-998877", "E12345678")).check("CD-3 ID number " + format,
                    typed -> idNumbers.pure(typed, () -> {
                        String number = format.normalise(typed);
                        format.check(number).ifPresent(refusal -> idNumbers.readable(typed, refusal));
                        return format.birthDate(number);
                    }));
        }
    }

    @Test
    @DisplayName("SCALE any list of answers, of any length, gets its problems item by item")
    void scaleAnswers() {
        record Answers(ScaleKind kind, List<Integer> answers) {}
        ForAll.cases(r -> new Answers(FuzzText.pick(r, List.of(ScaleKind.values())), answers(r))).tries(TRIES)
                .shrinkWith(a -> a.answers().isEmpty() ? List.of()
                        : List.of(new Answers(a.kind(), a.answers().subList(1, a.answers().size())),
                                new Answers(a.kind(), a.answers().subList(0, a.answers().size() - 1))))
                .check("SCALE answers", a -> scales.problems(a.answers().toString(),
                        scales.pure(a.answers().toString(), () -> a.kind().problems(a.answers()))));
    }

    @Test
    @DisplayName("SET-1 a setting value of any text is allowed (and stored within its column) or refused with the allowed values")
    void settingValue() {
        record Value(String text, SettingDefinition definition) {}
        ForAll.cases(r -> new Value(FuzzText.numbers(r, "60", "0.5", "2", "15,30,45", "CN", "yes", "2." + "0".repeat(399)),
                        FuzzText.pick(r, DEFINITIONS))).tries(TRIES)
                .shrinkWith(v -> FuzzText.shrink(v.text()).stream().map(x -> new Value(x, v.definition())).toList())
                .describedBy(v -> FuzzVerdict.describe(v.text()) + " for " + v.definition().key())
                .check("SET-1 setting value", v -> settings.pure(v.text(), () -> {
                    Optional<Refusal> refused = v.definition().check(v.text());
                    refused.ifPresent(refusal -> settings.readable(v.text(), refusal));
                    if (refused.isEmpty()) {
                        assertThat(v.definition().canonical(v.text())).hasSizeLessThanOrEqualTo(SettingDefinition.VALUE_MAX_CHARACTERS);
                    }
                    return refused;
                }));
    }

    private static ForAll<String> strings(java.util.function.Function<SplittableRandom, String> generator) {
        return ForAll.cases(generator).tries(TRIES).shrinkWith(FuzzText::shrink).describedBy(FuzzVerdict::describe);
    }

    private static String numbers(SplittableRandom r) {
        return FuzzText.numbers(r, "72.5", "68,4", "150", "0.5", "120", "24.8");
    }

    /** Mostly plausible birth dates, some anywhere a LocalDate reaches, some at the edges. */
    private static LocalDate birthDate(SplittableRandom r) {
        int kind = r.nextInt(10);
        if (kind < 6) {
            return LocalDate.ofEpochDay(r.nextLong(LocalDate.of(1900, 1, 1).toEpochDay(), TODAY.toEpochDay() + 1));
        }
        if (kind < 8) {
            return LocalDate.ofEpochDay(r.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
        }
        return FuzzText.pick(r, List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(-999_999_999, 1, 1), TODAY, TODAY.plusDays(1),
                LocalDate.of(0, 1, 1), TODAY.minusYears(PatientCheck.OLDEST_AGE_YEARS), TODAY.minusYears(PatientCheck.OLDEST_AGE_YEARS).minusDays(1)));
    }

    /** Mostly answers in range, some any integer, some missing; up to 40 of them. */
    private static List<Integer> answers(SplittableRandom r) {
        List<Integer> answers = new ArrayList<>();
        for (int i = r.nextInt(41); i > 0; i--) {
            int kind = r.nextInt(10);
            answers.add(kind < 6 ? Integer.valueOf(r.nextInt(7)) : kind < 8 ? Integer.valueOf(r.nextInt()) : null);
        }
        return answers;
    }

    /** What the registration form does with a typed weight (ui.patients.PatientForm): the number first, then the field checks. */
    private static List<FieldProblem<?>> weightProblems(String typed, WeightUnit unit) {
        Optional<BigDecimal> amount = TypedNumber.read(typed);
        if (amount.isEmpty()) {
            return List.of();
        }
        Weight weight = Weight.entered(amount.get(), unit, TODAY);
        Patient patient = patientWith("", 0, LocalDate.of(1980, 1, 1));
        Patient weighed = new Patient(patient.mrn(), patient.name(), patient.dateOfBirth(), patient.sex(), patient.contact(),
                patient.emergencyContact(), patient.idNumber(), Optional.of(weight), patient.allergies(), patient.riskProgramme(),
                patient.childbearing(), patient.notes(), patient.preferredLanguage());
        return new ArrayList<>(PatientCheck.problems(weighed, LIMITS, TODAY));
    }

    private static Patient patientWith(String typed, int field, LocalDate born) {
        String[] f = {"MRN-1", "Brown", "David", "+44 20 7946 0001", "david@example.org", "1 Elm Road", "Ann Brown", "wife",
                "+44 20 7946 0002", "GB-998877", ""};
        if (field < f.length) {
            f[field] = typed;
        }
        return new Patient(f[0], new PersonName(f[1], f[2]), born, Sex.MALE, new Contact(f[3], f[4], f[5]),
                new EmergencyContact(f[6], f[7], f[8]), f[9], Optional.empty(), org.vigil.domain.patient.Allergies.NONE_KNOWN,
                Optional.empty(), org.vigil.domain.patient.Childbearing.NOT_APPLICABLE, f[10], Optional.empty());
    }

    private static final List<SettingDefinition> DEFINITIONS = List.of(
            new SettingDefinition("obs.minimumMinutes", SettingCategory.PROTOCOL, SettingKind.INTEGER, new BigDecimal("60"),
                    new BigDecimal("480"), List.of(), "min", "OBS-1"),
            new SettingDefinition("adm.iv.vialMl", SettingCategory.PROTOCOL, SettingKind.DECIMAL, new BigDecimal("0.5"),
                    new BigDecimal("50"), List.of(), "mL", "PROD-2"),
            new SettingDefinition("obs.sedationCheckMinutes", SettingCategory.PROTOCOL, SettingKind.INTEGER_LIST, new BigDecimal("5"),
                    new BigDecimal("240"), List.of(), "min", "OBS-2"),
            new SettingDefinition("clinic.country", SettingCategory.SYSTEM, SettingKind.CHOICE, BigDecimal.ZERO, BigDecimal.ZERO,
                    List.of("CN", "US", "GB"), "", "CD-3"));
}
