package org.vigil.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.domain.course.EndReason;
import org.vigil.domain.course.Phase;
import org.vigil.domain.course.Regimen;
import org.vigil.domain.course.ReviewDecision;
import org.vigil.domain.course.SessionFrequency;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Allergy;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.EmergencyContact;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.Sex;

/**
 * The shape of one demo patient's story: who they are, what screening found and where their
 * course stands today. Days count back from the clinic's today, so the demo looks current
 * whenever it is seeded; the doses themselves are walked from the schedule ({@link DemoHistory}).
 */
record DemoStory(Person person, Optional<Screen> screen, Optional<Plan> plan) {

    /** Who the patient is. {@code weightKg} is as typed on the form; blank when not weighed. */
    record Person(String mrn, PersonName name, Sex sex, int age, String idNumber, String phone, EmergencyContact emergency,
                  String weightKg, Allergies allergies, Childbearing childbearing, String notes) {

        Person allergy(String substance, String reaction) {
            List<Allergy> more = new ArrayList<>(allergies.entries());
            more.add(new Allergy(substance, reaction));
            return new Person(mrn, name, sex, age, idNumber, phone, emergency, weightKg, new Allergies(false, more), childbearing, notes);
        }

        /** PAT-4: could become pregnant and uses this method of effective contraception. */
        Person contraception(String method) {
            return childbearing(new Childbearing(ChildbearingPotential.YES, true, method));
        }

        /** PAT-4: cannot become pregnant (for example after the menopause); the reason goes in the notes. */
        Person notChildbearing(String why) {
            return childbearing(Childbearing.NOT_APPLICABLE).note(why);
        }

        /** PAT-4: could become pregnant, no effective contraception recorded. */
        Person mayBecomePregnant() {
            return childbearing(new Childbearing(ChildbearingPotential.YES, false, ""));
        }

        Person note(String text) {
            String joined = notes.isEmpty() ? text : notes + " " + text;
            return new Person(mrn, name, sex, age, idNumber, phone, emergency, weightKg, allergies, childbearing, joined);
        }

        private Person childbearing(Childbearing value) {
            return new Person(mrn, name, sex, age, idNumber, phone, emergency, weightKg, allergies, value, notes);
        }

        /** A referral not yet screened. */
        DemoStory referral() {
            return new DemoStory(this, Optional.empty(), Optional.empty());
        }

        DemoStory story(Screen screen, Plan plan) {
            return new DemoStory(this, Optional.of(screen), Optional.of(plan));
        }
    }

    /**
     * The screening before the course: {@code daysBeforeStart} before the first dose (or before
     * today when no dose is planned yet). Relative contraindications found are overridden with
     * {@code overrideReason} when it is given (PAT-2); older adults are confirmed (PAT-3).
     */
    record Screen(int daysBeforeStart, Set<Contraindication> findings, boolean pregnant, String overrideReason,
                  String olderAdultReason) {

        static Screen clear(int daysBeforeStart) {
            return new Screen(daysBeforeStart, Set.of(), false, "", "");
        }

        Screen found(Contraindication finding) {
            Set<Contraindication> more = EnumSet.of(finding);
            more.addAll(findings);
            return new Screen(daysBeforeStart, more, pregnant, overrideReason, olderAdultReason);
        }

        Screen overridden(String reason) {
            return new Screen(daysBeforeStart, findings, pregnant, reason, olderAdultReason);
        }

        Screen pregnantNow() {
            return new Screen(daysBeforeStart, findings, true, overrideReason, olderAdultReason);
        }

        Screen olderAdult(String reason) {
            return new Screen(daysBeforeStart, findings, pregnant, overrideReason, reason);
        }

        boolean hasDecisions() {
            return !overrideReason.isEmpty() || !olderAdultReason.isEmpty();
        }
    }

    /** Where the course stands today; the schedule is searched for a first dose that gives it. */
    enum Situation {
        DUE_TODAY,
        /** Due within the next few days. */
        DUE_SOON,
        /** Due today or later: nothing missed. */
        ON_SCHEDULE,
        /** A session due on an earlier day was not given. */
        OVERDUE,
        /** SCH-1/SCH-2: the week-4 review is past its due day. */
        AWAITING_REVIEW,
        /** SCH-5: maintenance sessions missed, the prescriber is prompted. */
        MISSED_IN_MAINTENANCE,
        ENDED,
        /** SCH-4. */
        SINGLE_DOSE_GIVEN,
        /** Started by the prescriber, first dose on a day to come. */
        NOT_STARTED,
        /** The prescriber tried to start it and the rules said no (PAT-1, PAT-2). */
        REFUSED
    }

    /** The week-4 review's answer, {@code daysLate} after its due day. */
    record Review(ReviewDecision decision, int daysLate, String reason) {}

    /** The end of a course that did not end at its review: {@code daysAfterLastDose}. */
    record Ending(EndReason reason, int daysAfterLastDose, String explanation) {}

    /**
     * A course. {@code daysSinceStart} is roughly how long ago the first dose was (negative: the
     * days until the planned start); {@code phase} is checked against the schedule when given.
     * {@code absentDays}: the patient has not come for this many days. {@code chair}: booked on
     * the next due day.
     */
    record Plan(Regimen regimen, int daysSinceStart, Situation situation, Optional<Phase> phase, String prescriber,
                Optional<Review> review, Optional<SessionFrequency> maintenance, String maintenanceReason, int absentDays,
                Optional<Ending> ending, List<Integer> phq9, List<Integer> madrs, Optional<Integer> chair) {

        static Plan of(Regimen regimen, int daysSinceStart, Situation situation, String prescriber) {
            return new Plan(regimen, daysSinceStart, situation, Optional.empty(), prescriber, Optional.empty(), Optional.empty(), "", 0,
                    Optional.empty(), List.of(), List.of(), Optional.empty());
        }

        Plan in(Phase expected) {
            return new Plan(regimen, daysSinceStart, situation, Optional.of(expected), prescriber, review, maintenance,
                    maintenanceReason, absentDays, ending, phq9, madrs, chair);
        }

        Plan review(ReviewDecision decision, int daysLate, String reason) {
            return new Plan(regimen, daysSinceStart, situation, phase, prescriber, Optional.of(new Review(decision, daysLate, reason)),
                    maintenance, maintenanceReason, absentDays, ending, phq9, madrs, chair);
        }

        /** The prescriber's maintenance frequency, decided when maintenance began (SCH-1). */
        Plan maintenance(SessionFrequency frequency, String reason) {
            return new Plan(regimen, daysSinceStart, situation, phase, prescriber, review, Optional.of(frequency), reason, absentDays,
                    ending, phq9, madrs, chair);
        }

        Plan absent(int days) {
            return new Plan(regimen, daysSinceStart, situation, phase, prescriber, review, maintenance, maintenanceReason, days,
                    ending, phq9, madrs, chair);
        }

        Plan ended(EndReason reason, int daysAfterLastDose, String explanation) {
            return new Plan(regimen, daysSinceStart, situation, phase, prescriber, review, maintenance, maintenanceReason, absentDays,
                    Optional.of(new Ending(reason, daysAfterLastDose, explanation)), phq9, madrs, chair);
        }

        /** PHQ-9 totals over the course, the baseline first. */
        Plan phq9(Integer... totals) {
            return new Plan(regimen, daysSinceStart, situation, phase, prescriber, review, maintenance, maintenanceReason, absentDays,
                    ending, List.of(totals), madrs, chair);
        }

        /** MADRS totals over the course, the baseline first. */
        Plan madrs(Integer... totals) {
            return new Plan(regimen, daysSinceStart, situation, phase, prescriber, review, maintenance, maintenanceReason, absentDays,
                    ending, phq9, List.of(totals), chair);
        }

        Plan chair(int number) {
            return new Plan(regimen, daysSinceStart, situation, phase, prescriber, review, maintenance, maintenanceReason, absentDays,
                    ending, phq9, madrs, Optional.of(number));
        }

        boolean started() {
            return situation != Situation.NOT_STARTED && situation != Situation.REFUSED;
        }
    }
}
