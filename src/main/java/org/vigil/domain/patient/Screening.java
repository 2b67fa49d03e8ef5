package org.vigil.domain.patient;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The screening before a course: contraindications found (PAT-1, PAT-2), the pregnancy and
 * breastfeeding answers (PAT-4), and the prescriber's decisions that let treatment go ahead
 * despite a relative contraindication or the patient's age (PAT-3).
 *
 * @param findings contraindications ticked; pregnancy and breastfeeding come from their answers
 * @param overrides prescriber overrides of relative contraindications, with reasons (PAT-2)
 * @param minorConsent required below the adult age (PAT-3)
 * @param olderAdultConfirmation prescriber confirmation from the older-adult age (PAT-3)
 */
public record Screening(
        LocalDate screenedOn,
        Set<Contraindication> findings,
        PregnancyStatus pregnancy,
        boolean breastfeeding,
        Map<Contraindication, PrescriberDecision> overrides,
        Optional<MinorConsent> minorConsent,
        Optional<PrescriberDecision> olderAdultConfirmation) {

    public Screening {
        findings = findings == null ? Set.of() : Set.copyOf(findings);
        pregnancy = pregnancy == null ? PregnancyStatus.NOT_ASKED : pregnancy;
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        minorConsent = minorConsent == null ? Optional.empty() : minorConsent;
        olderAdultConfirmation = olderAdultConfirmation == null ? Optional.empty() : olderAdultConfirmation;
    }

    /** A screening with nothing found and pregnancy answered "not pregnant". */
    public static Screening clear(LocalDate on) {
        return new Screening(on, Set.of(), PregnancyStatus.NOT_PREGNANT, false, Map.of(), Optional.empty(), Optional.empty());
    }

    /** Every contraindication present, in declaration order (absolute ones first). */
    public Set<Contraindication> contraindications() {
        Set<Contraindication> all = EnumSet.noneOf(Contraindication.class);
        all.addAll(findings);
        if (pregnancy == PregnancyStatus.PREGNANT) {
            all.add(Contraindication.PREGNANCY); // PAT-4
        }
        if (breastfeeding) {
            all.add(Contraindication.BREASTFEEDING); // PAT-4
        }
        return all;
    }

    public boolean anyAbsolute() {
        return contraindications().stream().anyMatch(Contraindication::absolute);
    }

    public boolean anyRelative() {
        return contraindications().stream().anyMatch(c -> !c.absolute());
    }

    /** The prescriber's override of a relative contraindication, if one with a reason exists. */
    public Optional<PrescriberDecision> overrideOf(Contraindication c) {
        return Optional.ofNullable(overrides.get(c)).filter(PrescriberDecision::hasReason);
    }

    public Screening withOverride(Contraindication c, PrescriberDecision decision) {
        Map<Contraindication, PrescriberDecision> more = new HashMap<>(overrides);
        more.put(c, decision);
        return new Screening(screenedOn, findings, pregnancy, breastfeeding, more, minorConsent, olderAdultConfirmation);
    }
}
