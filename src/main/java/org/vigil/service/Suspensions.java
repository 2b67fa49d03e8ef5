package org.vigil.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.vigil.domain.Refusal;
import org.vigil.domain.course.Suspension;
import org.vigil.store.ScreeningStore.StoredScreening;

/**
 * PAT-1 before every dose: the one question booking, check-in and dose authorisation ask, so the
 * three cannot drift apart. The caller returns the refusal on its own audited path (ROLE-2).
 */
final class Suspensions {

    private Suspensions() {}

    static Optional<Refusal> refusal(ClinicalContext ctx, Connection c, long patientId) throws SQLException {
        return Suspension.beforeDose(ctx.screenings.latest(c, patientId).map(StoredScreening::screening)).map(Suspension::refusal);
    }
}
