package org.vigil.ui.session;

import org.vigil.domain.Route;
import org.vigil.domain.session.SessionState;

/**
 * Giving the authorised dose by its route: nasal devices or an infusion. Only the step of the
 * session's route is shown, and it is the step in hand from the authorisation until the dose
 * is complete.
 */
abstract class AdministrationStep extends Step {

    private final Route route;

    AdministrationStep(SessionActions actions, String id, Route route) {
        super(actions, id);
        this.route = route;
    }

    @Override
    final boolean applies(SessionMoment m) {
        return m.snapshot().route().orElse(null) == route;
    }

    @Override
    final boolean current(SessionMoment m) {
        SessionState s = m.snapshot().state();
        return s == SessionState.DOSE_AUTHORISED || s == SessionState.ADMINISTERING;
    }
}
