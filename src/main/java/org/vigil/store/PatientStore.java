package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.domain.patient.Allergies;
import org.vigil.domain.patient.Allergy;
import org.vigil.domain.patient.Childbearing;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Contact;
import org.vigil.domain.patient.EmergencyContact;
import org.vigil.domain.patient.KnownPatient;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.patient.PersonName;
import org.vigil.domain.patient.RiskProgrammeEnrolment;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.patient.Weight;

/** Registered patients, their allergies and their weights over time. */
public final class PatientStore {

    /** A patient row as the list and the header need it. */
    public record StoredPatient(long id, Patient patient, boolean active, String inactiveReason) {}

    private static final String COLUMNS = """
            mrn, family_name, given_name, date_of_birth, sex, phone, email, address, emergency_name,
            emergency_relationship, emergency_phone, id_number, allergies_none_known, risk_programme_number,
            risk_programme_on, childbearing_potential, effective_contraception, contraception_method, notes, search_text""";

    public long insert(Connection c, Patient p, String searchText, Instant now) throws SQLException {
        long id = Rows.insert(c, "INSERT INTO patient (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                append(values(p, searchText), now));
        replaceAllergies(c, id, p.allergies());
        return id;
    }

    public void update(Connection c, long id, Patient p, String searchText) throws SQLException {
        Rows.update(c, """
                UPDATE patient SET mrn = ?, family_name = ?, given_name = ?, date_of_birth = ?, sex = ?, phone = ?, email = ?,
                  address = ?, emergency_name = ?, emergency_relationship = ?, emergency_phone = ?, id_number = ?,
                  allergies_none_known = ?, risk_programme_number = ?, risk_programme_on = ?, childbearing_potential = ?,
                  effective_contraception = ?, contraception_method = ?, notes = ?, search_text = ? WHERE id = ?""",
                append(values(p, searchText), id));
        replaceAllergies(c, id, p.allergies());
    }

    public void setActive(Connection c, long id, boolean active, String reason) throws SQLException {
        Rows.update(c, "UPDATE patient SET active = ?, inactive_reason = ? WHERE id = ?", active, active ? null : reason, id);
    }

    public void addWeight(Connection c, long patientId, Weight weight, long userId, Instant now) throws SQLException {
        Rows.insert(c, "INSERT INTO patient_weight (patient_id, kg, measured_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)",
                patientId, weight.kg(), weight.measuredOn(), userId, now);
    }

    /** Weights newest first. */
    public List<Weight> weights(Connection c, long patientId) throws SQLException {
        List<Weight> result = new ArrayList<>();
        try (PreparedStatement s = Rows.bind(c.prepareStatement(
                "SELECT kg, measured_on FROM patient_weight WHERE patient_id = ? ORDER BY measured_on DESC, id DESC"), patientId);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                result.add(new Weight(rs.getBigDecimal("kg"), Rows.date(rs, "measured_on")));
            }
        }
        return result;
    }

    public Optional<StoredPatient> byId(Connection c, long id) throws SQLException {
        List<StoredPatient> found = select(c, "WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** Every patient, for the duplicate check; inactive ones included, they are still people. */
    public List<KnownPatient> all(Connection c) throws SQLException {
        return select(c, "").stream().map(p -> new KnownPatient(p.id(), p.patient())).toList();
    }

    /**
     * Patients whose search text, MRN, ID number or date of birth contains the query, by name.
     *
     * @param limit the most rows to return; the list is for finding one person, not browsing
     */
    public List<StoredPatient> search(Connection c, String query, int limit) throws SQLException {
        String like = "%" + query.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        // ID numbers are stored without spaces: "P123 4567" finds "P1234567".
        String compact = like.replaceAll("\\s+", "");
        return select(c, """
                WHERE search_text LIKE ? OR LOWER(mrn) LIKE ? OR LOWER(id_number) LIKE ? OR CAST(date_of_birth AS VARCHAR) LIKE ?
                ORDER BY active DESC, family_name, given_name LIMIT ?""", like, like, compact, like, limit);
    }

    private List<StoredPatient> select(Connection c, String where, Object... args) throws SQLException {
        List<StoredPatient> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM patient " + where)) {
            Rows.bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
        }
        List<StoredPatient> complete = new ArrayList<>();
        for (StoredPatient p : result) {
            Patient withDetails = new Patient(p.patient().mrn(), p.patient().name(), p.patient().dateOfBirth(), p.patient().sex(),
                    p.patient().contact(), p.patient().emergencyContact(), p.patient().idNumber(),
                    weights(c, p.id()).stream().findFirst(), allergies(c, p.id(), p.patient().allergies().noneKnown()),
                    p.patient().riskProgramme(), p.patient().childbearing(), p.patient().notes());
            complete.add(new StoredPatient(p.id(), withDetails, p.active(), p.inactiveReason()));
        }
        return complete;
    }

    private static StoredPatient read(ResultSet rs) throws SQLException {
        String riskNumber = rs.getString("risk_programme_number");
        Optional<RiskProgrammeEnrolment> risk = riskNumber == null ? Optional.empty()
                : Optional.of(new RiskProgrammeEnrolment(riskNumber, Rows.date(rs, "risk_programme_on")));
        Patient p = new Patient(rs.getString("mrn"), new PersonName(rs.getString("family_name"), rs.getString("given_name")),
                Rows.date(rs, "date_of_birth"), Rows.enumOf(rs, "sex", Sex.class),
                new Contact(rs.getString("phone"), rs.getString("email"), rs.getString("address")),
                new EmergencyContact(rs.getString("emergency_name"), rs.getString("emergency_relationship"), rs.getString("emergency_phone")),
                rs.getString("id_number"), Optional.empty(), new Allergies(rs.getBoolean("allergies_none_known"), List.of()), risk,
                new Childbearing(Rows.enumOf(rs, "childbearing_potential", ChildbearingPotential.class),
                        rs.getBoolean("effective_contraception"), rs.getString("contraception_method")),
                rs.getString("notes"));
        return new StoredPatient(rs.getLong("id"), p, rs.getBoolean("active"), rs.getString("inactive_reason"));
    }

    private Allergies allergies(Connection c, long patientId, boolean noneKnown) throws SQLException {
        List<Allergy> entries = new ArrayList<>();
        try (PreparedStatement s = Rows.bind(c.prepareStatement(
                "SELECT substance, reaction FROM patient_allergy WHERE patient_id = ? ORDER BY position"), patientId);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                entries.add(new Allergy(rs.getString(1), rs.getString(2)));
            }
        }
        return new Allergies(noneKnown, entries);
    }

    private static void replaceAllergies(Connection c, long patientId, Allergies allergies) throws SQLException {
        Rows.update(c, "DELETE FROM patient_allergy WHERE patient_id = ?", patientId);
        int position = 0;
        for (Allergy a : allergies.entries()) {
            Rows.update(c, "INSERT INTO patient_allergy (patient_id, position, substance, reaction) VALUES (?, ?, ?, ?)",
                    patientId, position++, a.substance(), a.reaction());
        }
    }

    private static Object[] values(Patient p, String searchText) {
        Optional<RiskProgrammeEnrolment> risk = p.riskProgramme();
        return new Object[] {p.mrn(), p.name().family(), p.name().given(), p.dateOfBirth(), p.sex(), p.contact().phone(),
            p.contact().email(), p.contact().address(), p.emergencyContact().name(), p.emergencyContact().relationship(),
            p.emergencyContact().phone(), p.idNumber(), p.allergies().noneKnown(), risk.map(RiskProgrammeEnrolment::number).orElse(null),
            risk.map(RiskProgrammeEnrolment::enrolledOn).orElse(null), p.childbearing().potential(),
            p.childbearing().effectiveContraception(), p.childbearing().contraceptionMethod(), p.notes(), searchText};
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }
}
