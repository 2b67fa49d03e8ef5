package org.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.result.RowView;
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

    /** The screening row before its findings and decisions are read. */
    private record Row(long id, LocalDate screenedOn, PregnancyStatus pregnancy, boolean breastfeeding, String guardianName,
                       String guardianRelationship, LocalDate patientConsentOn, LocalDate guardianConsentOn) {}

    public long insert(Transaction tx, long patientId, Screening s, long userId, Instant now) {
        Optional<MinorConsent> minor = s.minorConsent();
        long id = tx.insert("""
                INSERT INTO screening (patient_id, screened_on, pregnancy, breastfeeding, guardian_name, guardian_relationship,
                  patient_consent_on, guardian_consent_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                patientId, s.screenedOn(), s.pregnancy(), s.breastfeeding(), minor.map(MinorConsent::guardianName).orElse(null),
                minor.map(MinorConsent::guardianRelationship).orElse(null), minor.map(MinorConsent::patientConsentOn).orElse(null),
                minor.map(MinorConsent::guardianConsentOn).orElse(null), userId, now);
        for (Contraindication finding : s.findings()) {
            tx.update("INSERT INTO screening_finding (screening_id, contraindication) VALUES (?, ?)", id, finding);
        }
        for (Map.Entry<Contraindication, PrescriberDecision> e : s.overrides().entrySet()) {
            decision(tx, id, e.getKey().name(), e.getValue());
        }
        if (minor.isPresent() && minor.get().override() != null) {
            decision(tx, id, MINOR_CONSENT, minor.get().override());
        }
        if (s.olderAdultConfirmation().isPresent()) {
            decision(tx, id, OLDER_ADULT, s.olderAdultConfirmation().get());
        }
        return id;
    }

    public Optional<StoredScreening> latest(Transaction tx, long patientId) {
        return one(tx, "WHERE patient_id = ? ORDER BY screened_on DESC, id DESC LIMIT 1", patientId);
    }

    /**
     * The latest screening of each of several patients, in three queries whatever their number
     * (the day list and the board read many patients at once).
     */
    public Map<Long, StoredScreening> latest(Transaction tx, Collection<Long> patientIds) {
        Map<Long, Row> latest = new HashMap<>();
        tx.selectIn("SELECT * FROM screening WHERE patient_id IN (<ids>) ORDER BY screened_on DESC, id DESC", patientIds)
                .map(row -> Map.entry(row.getColumn("patient_id", Long.class), row(row)))
                .forEach(e -> latest.putIfAbsent(e.getKey(), e.getValue()));
        Map<Long, StoredScreening> complete = complete(tx, latest.values()).stream()
                .collect(Collectors.toMap(StoredScreening::id, screening -> screening));
        Map<Long, StoredScreening> byPatient = new HashMap<>();
        latest.forEach((patientId, r) -> byPatient.put(patientId, complete.get(r.id())));
        return byPatient;
    }

    public Optional<StoredScreening> byId(Transaction tx, long id) {
        return one(tx, "WHERE id = ?", id);
    }

    private static void decision(Transaction tx, long screeningId, String subject, PrescriberDecision d) {
        tx.update("""
                INSERT INTO screening_decision (screening_id, subject, prescriber_id, prescriber_name, decided_at, reason)
                VALUES (?, ?, ?, ?, ?, ?)""", screeningId, subject, d.prescriberId(), d.prescriberName(), d.at(), d.reason());
    }

    private static Optional<StoredScreening> one(Transaction tx, String where, Object... args) {
        return tx.select("SELECT * FROM screening " + where, args).map(ScreeningStore::row).findFirst()
                .map(r -> complete(tx, List.of(r)).getFirst());
    }

    private static Row row(RowView row) {
        return new Row(row.getColumn("id", Long.class), row.getColumn("screened_on", LocalDate.class),
                row.getColumn("pregnancy", PregnancyStatus.class), row.getColumn("breastfeeding", Boolean.class),
                row.getColumn("guardian_name", String.class), row.getColumn("guardian_relationship", String.class),
                row.getColumn("patient_consent_on", LocalDate.class), row.getColumn("guardian_consent_on", LocalDate.class));
    }

    /** Adds findings and prescriber decisions to the screenings, with one query for each, not one per screening. */
    private static List<StoredScreening> complete(Transaction tx, Collection<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Set<Contraindication>> findings = new HashMap<>();
        tx.selectIn("SELECT screening_id, contraindication FROM screening_finding WHERE screening_id IN (<ids>)", ids)
                .map(row -> Map.entry(row.getColumn("screening_id", Long.class), row.getColumn("contraindication", Contraindication.class)))
                .forEach(e -> findings.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Contraindication.class)).add(e.getValue()));
        Map<Long, Map<String, PrescriberDecision>> decisions = new HashMap<>();
        tx.selectIn("SELECT * FROM screening_decision WHERE screening_id IN (<ids>)", ids)
                .map(row -> new Decision(row.getColumn("screening_id", Long.class), row.getColumn("subject", String.class),
                        new PrescriberDecision(row.getColumn("prescriber_id", Long.class), row.getColumn("prescriber_name", String.class),
                                row.getColumn("decided_at", Instant.class), row.getColumn("reason", String.class))))
                .forEach(d -> decisions.computeIfAbsent(d.screeningId(), k -> new HashMap<>()).put(d.subject(), d.by()));
        return rows.stream().map(r -> screening(r, findings.getOrDefault(r.id(), EnumSet.noneOf(Contraindication.class)),
                decisions.getOrDefault(r.id(), Map.of()))).toList();
    }

    private record Decision(long screeningId, String subject, PrescriberDecision by) {}

    private static StoredScreening screening(Row r, Set<Contraindication> findings, Map<String, PrescriberDecision> decisions) {
        Map<Contraindication, PrescriberDecision> overrides = new HashMap<>();
        decisions.forEach((subject, d) -> {
            if (!subject.equals(MINOR_CONSENT) && !subject.equals(OLDER_ADULT)) {
                overrides.put(Contraindication.valueOf(subject), d);
            }
        });
        Optional<MinorConsent> minor = r.guardianName() == null ? Optional.empty()
                : Optional.of(new MinorConsent(r.guardianName(), r.guardianRelationship(), r.patientConsentOn(), r.guardianConsentOn(),
                        decisions.get(MINOR_CONSENT)));
        Screening screening = new Screening(r.screenedOn(), findings, r.pregnancy(), r.breastfeeding(), overrides, minor,
                Optional.ofNullable(decisions.get(OLDER_ADULT)));
        return new StoredScreening(r.id(), screening);
    }
}
