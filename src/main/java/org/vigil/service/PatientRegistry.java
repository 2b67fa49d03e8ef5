package org.vigil.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.Actor;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.Settings;
import org.vigil.domain.patient.DuplicateCheck;
import org.vigil.domain.patient.KnownPatient;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PatientCheck;
import org.vigil.domain.patient.PatientField;
import org.vigil.domain.patient.PatientLimits;
import org.vigil.domain.patient.PossibleDuplicate;
import org.vigil.domain.patient.Weight;
import org.vigil.store.PatientStore;
import org.vigil.store.Transaction;

/**
 * Finding, registering and updating patients. Patients are never deleted: they are marked
 * inactive with a reason. Every change is audited with the values before and after.
 */
public final class PatientRegistry {

    /** The patient.inactive_reason column's size: a longer reason is refused with this limit, not left to fail the write. */
    static final int ACTIVE_REASON_MAX = 1000;

    private static final int SEARCH_LIMIT = 200;

    private final ClinicalContext ctx;

    PatientRegistry(ClinicalContext ctx) {
        this.ctx = ctx;
    }

    /** By name (also pinyin and initials), date of birth (yyyy-mm-dd), MRN or ID number. */
    public Outcome<List<PatientView>> search(Actor actor, String query) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.VIEW_PATIENTS, "patients.search");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(ctx.database.read(tx -> {
            Settings settings = ctx.settings(tx);
            List<PatientView> views = new ArrayList<>();
            for (PatientStore.StoredPatient p : ctx.patients.search(tx, NameSearchText.query(query), SEARCH_LIMIT)) {
                views.add(ctx.view(tx, p, settings));
            }
            return views;
        }));
    }

    public Outcome<PatientView> open(Actor actor, long patientId) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.VIEW_PATIENTS, "patients.open");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return ctx.database.read(tx -> ctx.view(tx, patientId)
                .<Outcome<PatientView>>map(Outcome::done)
                .orElse(Outcome.refused(Refusal.of("REG", "patient.notFound"))));
    }

    /**
     * Registers a new patient with their first weight, if given.
     *
     * @param differentPerson the user confirmed that a patient with the same name and date of
     *     birth is someone else; a same MRN or ID number is never registered twice
     */
    public Outcome<Registration> register(Actor actor, Patient patient, boolean differentPerson) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.REGISTER_PATIENTS, "patients.register");
            if (refused != null) {
                return Outcome.<Registration>refused(refused);
            }
            Optional<Outcome<Registration>> problem = check(tx, patient, couldBe(tx, patient), differentPerson);
            if (problem.isPresent()) {
                return problem.get();
            }
            Patient stored = normalised(tx, patient);
            long id = ctx.patients.insert(tx, stored, NameSearchText.of(stored.name()), ctx.clock.instant());
            if (stored.weight().isPresent()) {
                ctx.patients.addWeight(tx, id, stored.weight().get(), actor.userId(), ctx.clock.instant());
            }
            ctx.audit.record(tx, actor, "PATIENT_REGISTERED", "patient", id, null, describe(stored),
                    differentPerson ? "confirmed a different person from a patient with the same name and birth date" : null);
            return Outcome.<Registration>done(new Registration.Saved(ctx.view(tx, id).orElseThrow()));
        });
    }

    /**
     * What is wrong with the patient's details, every field at once, without saving: for a form that
     * cannot be sent yet (a date it cannot read) and still shows the rest (issue 15, item 8).
     */
    public List<FieldProblem<PatientField>> problems(Patient patient) {
        return ctx.database.read(tx -> PatientCheck.problems(patient, PatientLimits.from(ctx.settings(tx)), ctx.today()));
    }

    /** Saves changed details; a changed weight is added to the weight history. */
    public Outcome<Registration> update(Actor actor, long patientId, Patient patient) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.REGISTER_PATIENTS, "patients.update");
            if (refused != null) {
                return Outcome.<Registration>refused(refused);
            }
            Optional<PatientStore.StoredPatient> before = ctx.patients.byId(tx, patientId);
            if (before.isEmpty()) {
                return Outcome.<Registration>refused(Refusal.of("REG", "patient.notFound"));
            }
            List<KnownPatient> others = couldBe(tx, patient).stream().filter(k -> k.id() != patientId).toList();
            Optional<Outcome<Registration>> problem = check(tx, patient, others, true);
            if (problem.isPresent()) {
                return problem.get();
            }
            Patient stored = normalised(tx, patient);
            ctx.patients.update(tx, patientId, stored, NameSearchText.of(stored.name()));
            Optional<Weight> newWeight = stored.weight().filter(w -> !before.get().patient().weight().equals(Optional.of(w)));
            if (newWeight.isPresent()) {
                ctx.patients.addWeight(tx, patientId, newWeight.get(), actor.userId(), ctx.clock.instant());
            }
            ctx.audit.record(tx, actor, "PATIENT_UPDATED", "patient", patientId, describe(before.get().patient()), describe(stored), null);
            return Outcome.<Registration>done(new Registration.Saved(ctx.view(tx, patientId).orElseThrow()));
        });
    }

    public Outcome<PatientView> deactivate(Actor actor, long patientId, String reason) {
        return setActive(actor, patientId, false, reason, "patients.deactivate");
    }

    public Outcome<PatientView> reactivate(Actor actor, long patientId, String reason) {
        return setActive(actor, patientId, true, reason, "patients.reactivate");
    }

    private Outcome<PatientView> setActive(Actor actor, long patientId, boolean active, String reason, String action) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.REGISTER_PATIENTS, action);
            if (refused != null) {
                return Outcome.<PatientView>refused(refused);
            }
            if (reason == null || reason.isBlank()) {
                return Outcome.<PatientView>refused(Refusal.of("SIG-4", "reason.required"));
            }
            if (reason.strip().length() > ACTIVE_REASON_MAX) {
                return Outcome.<PatientView>refused(Refusal.of("SIG-4", "input.text.fieldTooLong", ACTIVE_REASON_MAX,
                        new Refusal.Phrase("input.field.reason")));
            }
            Optional<PatientStore.StoredPatient> before = ctx.patients.byId(tx, patientId);
            if (before.isEmpty()) {
                return Outcome.<PatientView>refused(Refusal.of("REG", "patient.notFound"));
            }
            ctx.patients.setActive(tx, patientId, active, reason.strip());
            ctx.audit.record(tx, actor, active ? "PATIENT_REACTIVATED" : "PATIENT_DEACTIVATED", "patient", patientId,
                    "active=" + before.get().active(), "active=" + active, reason.strip());
            return Outcome.done(ctx.view(tx, patientId).orElseThrow());
        });
    }

    /** Why the patient cannot be saved as typed: invalid fields, or a possible duplicate to ask about; empty when it can. */
    private Optional<Outcome<Registration>> check(Transaction tx, Patient patient, List<KnownPatient> others, boolean differentPerson) {
        PatientLimits limits = PatientLimits.from(ctx.settings(tx));
        List<FieldProblem<PatientField>> problems = PatientCheck.problems(patient, limits, ctx.today());
        if (!problems.isEmpty()) {
            return Optional.of(Outcome.invalid(problems));
        }
        List<PossibleDuplicate> duplicates = DuplicateCheck.find(patient, others, limits.idFormat());
        boolean blocking = duplicates.stream().anyMatch(PossibleDuplicate::blocks);
        if (blocking || (!duplicates.isEmpty() && !differentPerson)) {
            return Optional.of(Outcome.done(new Registration.PossibleDuplicates(duplicates, !blocking)));
        }
        return Optional.empty();
    }

    /** The registered patients the duplicate check must compare with: never every patient, only those sharing a key. */
    private List<KnownPatient> couldBe(Transaction tx, Patient p) {
        String mrn = p.mrn() == null ? "" : DuplicateCheck.mrnKey(p.mrn());
        String idNumber = PatientLimits.from(ctx.settings(tx)).idFormat().normalise(p.idNumber());
        return ctx.patients.couldBe(tx, p.dateOfBirth(), mrn.isEmpty() ? null : mrn, idNumber.isEmpty() ? null : idNumber);
    }

    /**
     * CD-3: the ID number as its format writes it (fullwidth folded, no spaces, upper case), so it
     * prints and is found as one number; the MRN with fullwidth forms folded (NFKC) likewise.
     */
    private Patient normalised(Transaction tx, Patient p) {
        String idNumber = PatientLimits.from(ctx.settings(tx)).idFormat().normalise(p.idNumber());
        String mrn = java.text.Normalizer.normalize(p.mrn(), java.text.Normalizer.Form.NFKC);
        return new Patient(mrn, p.name(), p.dateOfBirth(), p.sex(), p.contact(), p.emergencyContact(), idNumber, p.weight(),
                p.allergies(), p.riskProgramme(), p.childbearing(), p.notes(), p.preferredLanguage());
    }

    /** The audit form of a patient's details. */
    static String describe(Patient p) {
        return "mrn=" + p.mrn() + "; name=" + p.name().family() + ", " + p.name().given() + "; born=" + p.dateOfBirth()
                + "; sex=" + p.sex() + "; idNumber=" + p.idNumber() + "; phone=" + p.contact().phone()
                + "; email=" + p.contact().email() + "; address=" + p.contact().address()
                + "; emergency=" + p.emergencyContact() + "; weight=" + p.weight().map(w -> w.kg() + "kg@" + w.measuredOn()).orElse("")
                + "; allergies=" + (p.allergies().noneKnown() ? "none known" : p.allergies().entries())
                + "; riskProgramme=" + p.riskProgramme().map(r -> r.number() + "@" + r.enrolledOn()).orElse("")
                + "; childbearing=" + p.childbearing() + "; notes=" + p.notes()
                + "; preferredLanguage=" + p.preferredLanguage().map(Enum::name).orElse("clinic's");
    }
}
