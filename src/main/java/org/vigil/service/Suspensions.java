package org.vigil.service;

import java.util.Optional;
import org.vigil.domain.Refusal;
import org.vigil.domain.course.Suspension;
import org.vigil.store.ScreeningStore.StoredScreening;
import org.vigil.store.Transaction;

/**
 * PAT-1 before every dose: the one question booking, check-in and dose authorisation ask, so the
 * three cannot drift apart. The caller returns the refusal on its own audited path (ROLE-2).
 */
final class Suspensions {

    private Suspensions() {}

    static Optional<Refusal> refusal(ClinicalContext ctx, Transaction tx, long patientId) {
        return Suspension.beforeDose(ctx.screenings.latest(tx, patientId).map(StoredScreening::screening)).map(Suspension::refusal);
    }
}
