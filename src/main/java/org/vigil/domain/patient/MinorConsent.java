package org.vigil.domain.patient;

import java.time.LocalDate;

/**
 * PAT-3: treatment below the adult age needs the documented consent of the patient and of a
 * guardian, and a prescriber's override with a reason.
 *
 * @param patientConsentOn day the patient's consent was documented; null if not yet
 * @param guardianConsentOn day the guardian's consent was documented; null if not yet
 */
public record MinorConsent(
        String guardianName,
        String guardianRelationship,
        LocalDate patientConsentOn,
        LocalDate guardianConsentOn,
        PrescriberDecision override) {

    public MinorConsent {
        guardianName = guardianName == null ? "" : guardianName.strip();
        guardianRelationship = guardianRelationship == null ? "" : guardianRelationship.strip();
    }

    /** Both consents documented, the guardian named, and the prescriber's reason given. */
    public boolean complete() {
        return !guardianName.isEmpty() && patientConsentOn != null && guardianConsentOn != null
                && override != null && override.hasReason();
    }
}
