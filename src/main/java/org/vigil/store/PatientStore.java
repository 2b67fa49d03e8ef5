package org.vigil.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.result.RowView;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Allergy;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Contact;
import org.vigil.domain.patient.DuplicateCheck;
import org.vigil.domain.patient.EmergencyContact;
import org.vigil.domain.patient.IdNumberFormat;
import org.vigil.domain.patient.KnownPatient;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.RiskProgrammeEnrolment;
import org.vigil.domain.Language;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.patient.Weight;

/** Registered patients, their allergies and their weights over time. */
public final class PatientStore {

    /** A patient row as the list and the header need it. */
    /** @param weights every weight recorded, newest first (the patient carries the newest) */
    public record StoredPatient(long id, Patient patient, boolean active, String inactiveReason, List<Weight> weights) {
        public StoredPatient {
            weights = List.copyOf(weights);
        }
    }

    private static final String COLUMNS = """
            mrn, family_name, given_name, date_of_birth, sex, phone, email, address, emergency_name,
            emergency_relationship, emergency_phone, id_number, allergies_none_known, risk_programme_number,
            risk_programme_on, childbearing_potential, effective_contraception, contraception_method, notes, preferred_language, search_text,
            mrn_key, id_number_key""";

    public long insert(Transaction tx, Patient p, String searchText, Instant now) {
        long id = tx.insert("INSERT INTO patient (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                append(values(p, searchText), now));
        replaceAllergies(tx, id, p.allergies());
        return id;
    }

    public void update(Transaction tx, long id, Patient p, String searchText) {
        tx.update("""
                UPDATE patient SET mrn = ?, family_name = ?, given_name = ?, date_of_birth = ?, sex = ?, phone = ?, email = ?,
                  address = ?, emergency_name = ?, emergency_relationship = ?, emergency_phone = ?, id_number = ?,
                  allergies_none_known = ?, risk_programme_number = ?, risk_programme_on = ?, childbearing_potential = ?,
                  effective_contraception = ?, contraception_method = ?, notes = ?, preferred_language = ?, search_text = ?,
                  mrn_key = ?, id_number_key = ? WHERE id = ?""",
                append(values(p, searchText), id));
        replaceAllergies(tx, id, p.allergies());
    }

    public void setActive(Transaction tx, long id, boolean active, String reason) {
        tx.update("UPDATE patient SET active = ?, inactive_reason = ? WHERE id = ?", active, active ? null : reason, id);
    }

    public void addWeight(Transaction tx, long patientId, Weight weight, long userId, Instant now) {
        tx.insert("INSERT INTO patient_weight (patient_id, kg, measured_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)",
                patientId, weight.kg(), weight.measuredOn(), userId, now);
    }

    /** Weights newest first. */
    public List<Weight> weights(Transaction tx, long patientId) {
        return tx.select("SELECT kg, measured_on FROM patient_weight WHERE patient_id = ? ORDER BY measured_on DESC, id DESC", patientId)
                .map(PatientStore::weight).list();
    }

    /** The weights of several patients, each newest first, in one query. */
    public Map<Long, List<Weight>> weights(Transaction tx, Collection<Long> patientIds) {
        return tx.selectIn("SELECT patient_id, kg, measured_on FROM patient_weight WHERE patient_id IN (<ids>) "
                        + "ORDER BY measured_on DESC, id DESC", patientIds)
                .map(row -> Map.entry(row.getColumn("patient_id", Long.class), weight(row)))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    public Optional<StoredPatient> byId(Transaction tx, long id) {
        return select(tx, "WHERE id = ?", id).stream().findFirst();
    }

    /** Several patients by ID, in one pass (the day list, the board). */
    public Map<Long, StoredPatient> byIds(Transaction tx, Collection<Long> ids) {
        List<StoredPatient> found = complete(tx, tx.selectIn("SELECT * FROM patient WHERE id IN (<ids>)", ids)
                .map(PatientStore::read).list());
        return found.stream().collect(Collectors.toMap(StoredPatient::id, p -> p));
    }

    /**
     * The patients a new or edited patient could be (inactive ones included, they are still
     * people): same date of birth, MRN or ID number, compared as the duplicate check compares
     * them. The check itself decides; this only keeps it from reading every patient.
     *
     * <p>Each key is looked up by its own index (issue 16): H2 reads a whole table for an OR
     * across columns, so the three lookups are joined by UNION. The MRN and ID number are matched
     * on the comparison keys stored beside them ({@link DuplicateCheck#mrnKey}, computed by the
     * same function as the check's), so every patient the check would flag is among these.
     *
     * @param mrnKey the MRN as {@link DuplicateCheck#mrnKey} compares it; null when none was typed
     * @param idNumber the ID number as {@link IdNumberFormat#comparable} compares it; null when none was typed
     */
    public List<KnownPatient> couldBe(Transaction tx, LocalDate dateOfBirth, String mrnKey, String idNumber) {
        return select(tx, """
                WHERE id IN (SELECT id FROM patient WHERE date_of_birth = ?
                  UNION SELECT id FROM patient WHERE mrn_key = ?
                  UNION SELECT id FROM patient WHERE id_number_key = ?)""",
                dateOfBirth, mrnKey, idNumber).stream().map(p -> new KnownPatient(p.id(), p.patient())).toList();
    }

    /**
     * Patients whose search text, MRN, ID number or date of birth contains the query, by name.
     *
     * @param limit the most rows to return; the list is for finding one person, not browsing
     */
    public List<StoredPatient> search(Transaction tx, String query, int limit) {
        String like = "%" + query.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        // ID numbers are stored without spaces: "P123 4567" finds "P1234567".
        String compact = like.replaceAll("\\s+", "");
        return select(tx, """
                WHERE search_text LIKE ? OR LOWER(mrn) LIKE ? OR LOWER(id_number) LIKE ? OR CAST(date_of_birth AS VARCHAR(10)) LIKE ?
                ORDER BY active DESC, family_name, given_name LIMIT ?""", like, like, compact, like, limit);
    }

    private List<StoredPatient> select(Transaction tx, String where, Object... args) {
        return complete(tx, tx.select("SELECT * FROM patient " + where, args).map(PatientStore::read).list());
    }

    /** Adds the latest weight and the allergies of all the patients with one query each, not one per patient. */
    private List<StoredPatient> complete(Transaction tx, List<StoredPatient> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(StoredPatient::id).toList();
        Map<Long, List<Weight>> weights = weights(tx, ids);
        Map<Long, List<Allergy>> allergies = tx.selectIn(
                        "SELECT patient_id, substance, reaction FROM patient_allergy WHERE patient_id IN (<ids>) ORDER BY position", ids)
                .map(row -> Map.entry(row.getColumn("patient_id", Long.class),
                        new Allergy(row.getColumn("substance", String.class), row.getColumn("reaction", String.class))))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(p -> {
            Patient bare = p.patient();
            Patient withDetails = new Patient(bare.mrn(), bare.name(), bare.dateOfBirth(), bare.sex(), bare.contact(),
                    bare.emergencyContact(), bare.idNumber(), weights.getOrDefault(p.id(), List.of()).stream().findFirst(),
                    new Allergies(bare.allergies().noneKnown(), allergies.getOrDefault(p.id(), List.of())), bare.riskProgramme(),
                    bare.childbearing(), bare.notes(), bare.preferredLanguage());
            return new StoredPatient(p.id(), withDetails, p.active(), p.inactiveReason(), weights.getOrDefault(p.id(), List.of()));
        }).toList();
    }

    private static Weight weight(RowView row) {
        return new Weight(row.getColumn("kg", BigDecimal.class), row.getColumn("measured_on", LocalDate.class));
    }

    private static StoredPatient read(RowView row) {
        String riskNumber = row.getColumn("risk_programme_number", String.class);
        Optional<RiskProgrammeEnrolment> risk = riskNumber == null ? Optional.empty()
                : Optional.of(new RiskProgrammeEnrolment(riskNumber, row.getColumn("risk_programme_on", LocalDate.class)));
        Patient p = new Patient(text(row, "mrn"), new PersonName(text(row, "family_name"), text(row, "given_name")),
                row.getColumn("date_of_birth", LocalDate.class), row.getColumn("sex", Sex.class),
                new Contact(text(row, "phone"), text(row, "email"), text(row, "address")),
                new EmergencyContact(text(row, "emergency_name"), text(row, "emergency_relationship"), text(row, "emergency_phone")),
                text(row, "id_number"), Optional.empty(), new Allergies(row.getColumn("allergies_none_known", Boolean.class), List.of()), risk,
                new Childbearing(row.getColumn("childbearing_potential", ChildbearingPotential.class),
                        row.getColumn("effective_contraception", Boolean.class), text(row, "contraception_method")),
                text(row, "notes"), Language.of(text(row, "preferred_language")));
        return new StoredPatient(row.getColumn("id", Long.class), p, row.getColumn("active", Boolean.class),
                text(row, "inactive_reason"), List.of());
    }

    private static String text(RowView row, String column) {
        return row.getColumn(column, String.class);
    }

    private static void replaceAllergies(Transaction tx, long patientId, Allergies allergies) {
        tx.update("DELETE FROM patient_allergy WHERE patient_id = ?", patientId);
        int position = 0;
        for (Allergy a : allergies.entries()) {
            tx.update("INSERT INTO patient_allergy (patient_id, position, substance, reaction) VALUES (?, ?, ?, ?)",
                    patientId, position++, a.substance(), a.reaction());
        }
    }

    private static Object[] values(Patient p, String searchText) {
        Optional<RiskProgrammeEnrolment> risk = p.riskProgramme();
        return new Object[] {p.mrn(), p.name().family(), p.name().given(), p.dateOfBirth(), p.sex(), p.contact().phone(),
            p.contact().email(), p.contact().address(), p.emergencyContact().name(), p.emergencyContact().relationship(),
            p.emergencyContact().phone(), p.idNumber(), p.allergies().noneKnown(), risk.map(RiskProgrammeEnrolment::number).orElse(null),
            risk.map(RiskProgrammeEnrolment::enrolledOn).orElse(null), p.childbearing().potential(),
            p.childbearing().effectiveContraception(), p.childbearing().contraceptionMethod(), p.notes(),
            p.preferredLanguage().map(Language::name).orElse(null), searchText, DuplicateCheck.mrnKey(p.mrn()),
            IdNumberFormat.comparable(p.idNumber())};
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }
}
