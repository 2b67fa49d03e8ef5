package org.vigil.domain.programme;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.vigil.domain.SettingValue;

/**
 * PAT-6: was the clinic in the risk programme at a moment? Enrolment is the protocol setting
 * {@code pat.riskProgrammeRequired}, whose versions are kept with the time each was made; the
 * version in force then decides. Before the first change the clinic ran on the first version,
 * whenever the database was created, so a session older than the database's defaults still counts.
 */
public final class ProgrammeEnrolment {

    private static final String ENROLLED = "YES";

    private ProgrammeEnrolment() {}

    /** @param history every version of {@code pat.riskProgrammeRequired} */
    public static boolean enrolledAt(List<SettingValue> history, Instant at) {
        List<SettingValue> versions = history.stream().sorted(Comparator.comparingInt(SettingValue::version)).toList();
        if (versions.isEmpty()) {
            return false;
        }
        SettingValue inForce = versions.getFirst();
        for (SettingValue v : versions) {
            if (!v.changedAt().isAfter(at)) {
                inForce = v;
            }
        }
        return ENROLLED.equals(inForce.value());
    }

    /** Whether the clinic was ever in the programme: if not, no session owes a form and none need be read. */
    public static boolean everEnrolled(List<SettingValue> history) {
        return history.stream().anyMatch(v -> ENROLLED.equals(v.value()));
    }

    /**
     * The first moment the clinic was in the programme (the epoch when its first version already
     * was): no session that ended before it owes a form, so none before it need be read.
     * Only for a clinic {@link #everEnrolled ever enrolled}.
     */
    public static Instant firstEnrolled(List<SettingValue> history) {
        List<SettingValue> versions = history.stream().sorted(Comparator.comparingInt(SettingValue::version)).toList();
        if (!versions.isEmpty() && ENROLLED.equals(versions.getFirst().value())) {
            return Instant.EPOCH;
        }
        return versions.stream().filter(v -> ENROLLED.equals(v.value())).map(SettingValue::changedAt).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("never enrolled"));
    }

    /** Whether the clinic is enrolled at all now: its latest version. */
    public static boolean enrolledNow(List<SettingValue> history) {
        return history.stream().max(Comparator.comparingInt(SettingValue::version)).map(v -> ENROLLED.equals(v.value())).orElse(false);
    }
}
