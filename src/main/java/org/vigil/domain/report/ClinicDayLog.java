package org.vigil.domain.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.domain.Route;
import org.vigil.domain.session.KeyTimes;
import org.vigil.domain.session.SessionState;

/**
 * The daily clinic log printed at day close: every session of the day, by chair, with its key
 * times (arrival, dose start, the BP-3 check, DIS-2 ready to leave, the end) and its signatures
 * (SIG-1), so the day's paper shows at a glance who was seen, what was given and who signed.
 */
public record ClinicDayLog(ReportHeading heading, LocalDate date, List<Row> rows) {

    /**
     * One session of the day.
     *
     * @param state where the session ended, or stands at printing
     * @param route empty when no dose was authorised
     * @param doseMg the authorised dose; zero when none
     * @param signatures SIG-1, in the order given
     * @param givenBy who gave the first device or started the infusion; blank when no dose was given
     * @param endedBy who discharged, referred or stopped the session; blank while it runs
     */
    public record Row(long sessionId, int chair, String patient, String mrn, SessionState state, Optional<Route> route,
                      BigDecimal doseMg, KeyTimes times, List<SessionSignature> signatures, String givenBy, String endedBy) {
        public Row {
            Objects.requireNonNull(state);
            signatures = List.copyOf(signatures);
        }
    }

    public ClinicDayLog {
        Objects.requireNonNull(heading);
        rows = List.copyOf(rows);
    }
}
