package org.vigil.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.domain.Actor;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.MinorConsent;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.patient.ScreeningCheck;
import org.vigil.domain.patient.ScreeningField;
import org.vigil.store.PatientStore;

/**
 * Screening before a course (PAT-1…4). Nurses and prescribers record the answers; only a
 * prescriber may add the decisions that override a relative contraindication (PAT-2) or accept
 * an age rule (PAT-3), and those decisions are signed with the prescriber's name and the time
 * the service saw them, whatever the form said.
 */
public final class Screenings {

    /** A screening that was recorded, and the patient as it now reads. */
    public record Recorded(long screeningId, PatientView patient) {}

    private final ClinicalContext ctx;

    Screenings(ClinicalContext ctx) {
        this.ctx = ctx;
    }

    public Outcome<Recorded> record(Actor actor, long patientId, Screening screening) {
        return ctx.database.write(tx -> {
            Refusal refused = ctx.audit.refuseUnless(tx, actor, Permission.RECORD_CLINICAL, "screening.record");
            if (refused == null && hasDecisions(screening)) {
                refused = ctx.audit.refuseUnless(tx, actor, Permission.PRESCRIBE, "screening.override");
            }
            if (refused != null) {
                return Outcome.<Recorded>refused(refused);
            }
            Optional<PatientStore.StoredPatient> patient = ctx.patients.byId(tx, patientId);
            if (patient.isEmpty() || !patient.get().active()) {
                return Outcome.<Recorded>refused(Refusal.of("REG", "patient.notFound"));
            }
            Screening signed = signedBy(screening, actor, ctx.clock.instant());
            List<FieldProblem<ScreeningField>> problems = ScreeningCheck.problems(signed, patient.get().patient(), ctx.today());
            if (!problems.isEmpty()) {
                return Outcome.invalid(problems);
            }
            long id = ctx.screenings.insert(tx, patientId, signed, actor.userId(), ctx.clock.instant());
            ctx.audit.record(tx, actor, "SCREENING_RECORDED", "patient", patientId, null, describe(signed), null);
            return Outcome.done(new Recorded(id, ctx.view(tx, patientId).orElseThrow()));
        });
    }

    private static boolean hasDecisions(Screening s) {
        return !s.overrides().isEmpty() || s.olderAdultConfirmation().isPresent()
                || s.minorConsent().map(m -> m.override() != null).orElse(false);
    }

    /** Decisions carry the signer and the moment the service recorded them (SIG-1). */
    private static Screening signedBy(Screening s, Actor actor, Instant now) {
        Map<Contraindication, PrescriberDecision> overrides = new HashMap<>();
        s.overrides().forEach((tx, d) -> overrides.put(tx, sign(d, actor, now)));
        Optional<MinorConsent> minor = s.minorConsent().map(m -> new MinorConsent(m.guardianName(), m.guardianRelationship(),
                m.patientConsentOn(), m.guardianConsentOn(), m.override() == null ? null : sign(m.override(), actor, now)));
        return new Screening(s.screenedOn(), s.findings(), s.pregnancy(), s.breastfeeding(), overrides, minor,
                s.olderAdultConfirmation().map(d -> sign(d, actor, now)));
    }

    private static PrescriberDecision sign(PrescriberDecision d, Actor actor, Instant now) {
        return new PrescriberDecision(actor.userId(), actor.fullName(), now, d.reason());
    }

    static String describe(Screening s) {
        StringBuilder text = new StringBuilder("screenedOn=" + s.screenedOn() + "; findings=" + s.findings()
                + "; pregnancy=" + s.pregnancy() + "; breastfeeding=" + s.breastfeeding());
        s.overrides().forEach((tx, d) -> text.append("; override ").append(tx).append(" by ").append(d.prescriberName())
                .append(": ").append(d.reason()));
        s.minorConsent().ifPresent(m -> text.append("; minorConsent guardian=").append(m.guardianName()));
        s.olderAdultConfirmation().ifPresent(d -> text.append("; olderAdult confirmed by ").append(d.prescriberName())
                .append(": ").append(d.reason()));
        return text.toString();
    }
}
