package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.MinorConsent;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.Screening;

/** Screening records, appended: a new screening never changes an earlier one. */
public final class ScreeningStore {

    /** Subjects of prescriber decisions that are not a contraindication override. */
    private static final String MINOR_CONSENT = "MINOR_CONSENT";
    private static final String OLDER_ADULT = "OLDER_ADULT";

    /** A stored screening and its row ID, which a course records as the one it was started on. */
    public record StoredScreening(long id, Screening screening) {}

    public long insert(Connection c, long patientId, Screening s, long userId, Instant now) throws SQLException {
        Optional<MinorConsent> minor = s.minorConsent();
        long id = Rows.insert(c, """
                INSERT INTO screening (patient_id, screened_on, pregnancy, breastfeeding, guardian_name, guardian_relationship,
                  patient_consent_on, guardian_consent_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                patientId, s.screenedOn(), s.pregnancy(), s.breastfeeding(), minor.map(MinorConsent::guardianName).orElse(null),
                minor.map(MinorConsent::guardianRelationship).orElse(null), minor.map(MinorConsent::patientConsentOn).orElse(null),
                minor.map(MinorConsent::guardianConsentOn).orElse(null), userId, now);
        for (Contraindication finding : s.findings()) {
            Rows.update(c, "INSERT INTO screening_finding (screening_id, contraindication) VALUES (?, ?)", id, finding);
        }
        for (Map.Entry<Contraindication, PrescriberDecision> e : s.overrides().entrySet()) {
            decision(c, id, e.getKey().name(), e.getValue());
        }
        if (minor.isPresent() && minor.get().override() != null) {
            decision(c, id, MINOR_CONSENT, minor.get().override());
        }
        if (s.olderAdultConfirmation().isPresent()) {
            decision(c, id, OLDER_ADULT, s.olderAdultConfirmation().get());
        }
        return id;
    }

    public Optional<StoredScreening> latest(Connection c, long patientId) throws SQLException {
        try (PreparedStatement s = Rows.bind(c.prepareStatement(
                "SELECT * FROM screening WHERE patient_id = ? ORDER BY screened_on DESC, id DESC LIMIT 1"), patientId);
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(read(c, rs)) : Optional.empty();
        }
    }

    public Optional<StoredScreening> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement s = Rows.bind(c.prepareStatement("SELECT * FROM screening WHERE id = ?"), id);
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(read(c, rs)) : Optional.empty();
        }
    }

    private static void decision(Connection c, long screeningId, String subject, PrescriberDecision d) throws SQLException {
        Rows.update(c, """
                INSERT INTO screening_decision (screening_id, subject, prescriber_id, prescriber_name, decided_at, reason)
                VALUES (?, ?, ?, ?, ?, ?)""", screeningId, subject, d.prescriberId(), d.prescriberName(), d.at(), d.reason());
    }

    private static StoredScreening read(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Set<Contraindication> findings = EnumSet.noneOf(Contraindication.class);
        try (PreparedStatement s = Rows.bind(c.prepareStatement("SELECT contraindication FROM screening_finding WHERE screening_id = ?"), id);
             ResultSet f = s.executeQuery()) {
            while (f.next()) {
                findings.add(Contraindication.valueOf(f.getString(1)));
            }
        }
        Map<String, PrescriberDecision> decisions = new HashMap<>();
        try (PreparedStatement s = Rows.bind(c.prepareStatement("SELECT * FROM screening_decision WHERE screening_id = ?"), id);
             ResultSet d = s.executeQuery()) {
            while (d.next()) {
                decisions.put(d.getString("subject"), new PrescriberDecision(d.getLong("prescriber_id"), d.getString("prescriber_name"),
                        Timestamps.get(d, "decided_at"), d.getString("reason")));
            }
        }
        Map<Contraindication, PrescriberDecision> overrides = new HashMap<>();
        decisions.forEach((subject, d) -> {
            if (!subject.equals(MINOR_CONSENT) && !subject.equals(OLDER_ADULT)) {
                overrides.put(Contraindication.valueOf(subject), d);
            }
        });
        String guardian = rs.getString("guardian_name");
        Optional<MinorConsent> minor = guardian == null ? Optional.empty()
                : Optional.of(new MinorConsent(guardian, rs.getString("guardian_relationship"), Rows.date(rs, "patient_consent_on"),
                        Rows.date(rs, "guardian_consent_on"), decisions.get(MINOR_CONSENT)));
        Screening screening = new Screening(Rows.date(rs, "screened_on"), findings,
                Rows.enumOf(rs, "pregnancy", PregnancyStatus.class), rs.getBoolean("breastfeeding"), overrides, minor,
                Optional.ofNullable(decisions.get(OLDER_ADULT)));
        return new StoredScreening(id, screening);
    }
}
