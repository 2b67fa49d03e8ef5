package org.vigil.domain.dose;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.Refusal;
import org.vigil.domain.course.Finding;
import org.vigil.domain.patient.Weight;

/**
 * Whether a prescriber may authorise this dose (ADM-4, PRE-2) and how many devices it takes
 * (ADM-3). Every finding is returned at once so the prescriber sees all of them.
 */
public final class DoseCheck {

    /** mg/kg is shown to two decimals: the warning threshold is set in hundredths. */
    private static final int MG_PER_KG_DECIMALS = 2;

    /** An IV dose is prescribed in mg to one decimal: a syringe measures no finer. */
    public static final int IV_MG_DECIMALS = 1;

    private DoseCheck() {}

    /**
     * A nasal dose as checked.
     *
     * @param devices dose ÷ mg per device (ADM-3); 0 when the dose is not whole devices
     */
    public record NasalDose(int doseMg, int devices, List<Finding> findings) {
        public NasalDose {
            findings = List.copyOf(findings);
        }

        public boolean allowed() {
            return findings.stream().noneMatch(Finding::blocks);
        }
    }

    /**
     * An IV dose as checked.
     *
     * @param mgPerKg from the latest weight; empty when there is none (then refused)
     * @param weight the weight the mg/kg was computed from; empty when there is none
     */
    public record IvDose(BigDecimal doseMg, Optional<BigDecimal> mgPerKg, Optional<Weight> weight, List<Finding> findings) {
        public IvDose {
            findings = List.copyOf(findings);
        }

        public boolean allowed() {
            return findings.stream().noneMatch(Finding::blocks);
        }

        /** Warnings the prescriber must acknowledge with a reason before signing (ADM-4). */
        public List<Finding> warnings() {
            return findings.stream().filter(f -> f instanceof Finding.Warning).toList();
        }
    }

    /**
     * ADM-4 nasal: whole devices up to the maximum, and the labelled first TRD dose.
     *
     * @param firstTrdSession the first session of a TRD nasal course
     * @param ageYears the patient's age on the session day
     * @param olderAdultLowerDose whether the clinic uses the lower first dose for older adults
     *     (it is labelled outside the US only, PAT-3)
     */
    public static NasalDose nasal(int doseMg, boolean firstTrdSession, int ageYears, boolean olderAdultLowerDose,
            Prescriber prescriber, DoseRules rules) {
        List<Finding> findings = new ArrayList<>(prescriber(prescriber));
        int devices = 0;
        if (doseMg > rules.nasalMaxDoseMg()) {
            findings.add(hardStop("ADM-4", "dose.nasal.aboveMaximum", doseMg, rules.nasalMaxDoseMg()));
        } else if (doseMg <= 0 || doseMg % rules.mgPerDevice() != 0) {
            findings.add(hardStop("ADM-4", "dose.nasal.notWholeDevices", doseMg, rules.mgPerDevice()));
        } else {
            devices = doseMg / rules.mgPerDevice();
        }
        if (firstTrdSession) {
            boolean olderAdult = olderAdultLowerDose && ageYears >= rules.olderAdultAgeYears();
            int expected = olderAdult ? rules.firstTrdDoseOlderAdultMg() : rules.firstTrdDoseMg();
            if (doseMg != expected) {
                findings.add(hardStop("ADM-4", "dose.nasal.firstTrdDose", doseMg, expected));
            }
        }
        return new NasalDose(doseMg, devices, findings);
    }

    /** ADM-3: the devices used must be exactly the authorised dose ÷ mg per device. */
    public static Optional<Refusal> devicesUsed(NasalDose authorised, int devicesUsed) {
        return devicesUsed == authorised.devices()
                ? Optional.empty()
                : Optional.of(Refusal.of("ADM-3", "dose.nasal.devicesMismatch", devicesUsed, authorised.devices(), authorised.doseMg()));
    }

    /**
     * ADM-4 IV (PROD-2): mg/kg from the latest weight. The dose is taken as prescribed, to one
     * decimal of a mg (0.4 mg/kg × 62 kg = 24.8 mg, not rounded to 25); no weight, or one older
     * than the setting, no dose: the weight is what the dose is computed from.
     *
     * @param today the session day, against which the weight's age is measured
     */
    public static IvDose iv(BigDecimal doseMg, Optional<Weight> latestWeight, LocalDate today, Prescriber prescriber, DoseRules rules) {
        IvDose dose = iv(doseMg, latestWeight, today, rules);
        List<Finding> findings = new ArrayList<>(prescriber(prescriber));
        findings.addAll(dose.findings());
        return new IvDose(doseMg, dose.mgPerKg(), dose.weight(), findings);
    }

    /**
     * The same checks of the dose alone, before anyone signs: what the authorisation screen shows
     * the prescriber, warnings included, so that they are read before the signature.
     */
    public static IvDose iv(BigDecimal doseMg, Optional<Weight> latestWeight, LocalDate today, DoseRules rules) {
        List<Finding> findings = new ArrayList<>();
        if (doseMg.signum() <= 0) {
            findings.add(hardStop("ADM-4", "dose.iv.notPositive", doseMg));
        } else if (doseMg.stripTrailingZeros().scale() > IV_MG_DECIMALS) {
            findings.add(hardStop("ADM-4", "dose.iv.decimals", doseMg.toPlainString(), IV_MG_DECIMALS));
        }
        Optional<Weight> weight = latestWeight.filter(w -> w.kg().signum() > 0);
        if (weight.isEmpty()) {
            findings.add(hardStop("ADM-4", "dose.iv.noWeight"));
            return new IvDose(doseMg, Optional.empty(), Optional.empty(), findings);
        }
        long ageDays = ChronoUnit.DAYS.between(weight.get().measuredOn(), today);
        if (ageDays > rules.ivWeightMaxAgeDays()) {
            findings.add(hardStop("ADM-4", "dose.iv.weightOld", weight.get().kg(), weight.get().measuredOn(), ageDays,
                    rules.ivWeightMaxAgeDays()));
        }
        // Compared unrounded, so 0.504 mg/kg still warns above 0.5; rounded only for display.
        BigDecimal exact = doseMg.divide(weight.get().kg(), MathContext.DECIMAL64);
        BigDecimal mgPerKg = exact.setScale(MG_PER_KG_DECIMALS, RoundingMode.HALF_UP);
        if (exact.compareTo(rules.ivWarnAboveMgPerKg()) > 0) {
            findings.add(new Finding.Warning(Refusal.of("ADM-4", "dose.iv.aboveWarning", mgPerKg, rules.ivWarnAboveMgPerKg())));
        }
        return new IvDose(doseMg, Optional.of(mgPerKg), weight, findings);
    }

    // PRE-2: only a holder of the controlled-drug prescribing right authorises, never for themself.
    private static List<Finding> prescriber(Prescriber prescriber) {
        List<Finding> findings = new ArrayList<>();
        if (!prescriber.holdsPrescribingRight()) {
            findings.add(hardStop("PRE-2", "dose.prescriber.noRight"));
        }
        if (prescriber.isThePatient()) {
            findings.add(hardStop("PRE-2", "dose.prescriber.self"));
        }
        return findings;
    }

    private static Finding hardStop(String ruleId, String key, Object... args) {
        return new Finding.HardStop(Refusal.of(ruleId, key, args));
    }
}
