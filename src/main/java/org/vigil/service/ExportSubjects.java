package org.vigil.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.domain.UserAccount;
import org.vigil.domain.export.AgeGroup;
import org.vigil.domain.export.ExportColumn;
import org.vigil.domain.export.ExportRow;
import org.vigil.domain.export.Pseudonyms;
import org.vigil.domain.patient.Patient;
import org.vigil.domain.register.Signer;
import org.vigil.store.PatientStore;
import org.vigil.store.Transaction;
import org.vigil.store.UserStore;

/**
 * Who an export's rows are about and who made them, named or keyed (EXP-1). An identified export
 * names patients and staff as the records do; a de-identified one gives each a key made for this
 * export only ({@link Pseudonyms}), an age group instead of the date of birth, and no staff names
 * either: staff are not the research's subject, but a de-identified file leaves the clinic, a
 * nurse's name is personal data that research does not need, and "which nurse" analyses still
 * work on the keys. An audit that must name staff uses the identified export.
 */
final class ExportSubjects {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int SECRET_BYTES = 32;

    private final boolean deidentified;
    private final Pseudonyms keys;
    private final ZoneId zone;
    private final Map<Long, String> staffNames = new HashMap<>();
    /** The patients met so far: a clinic's patients, not a period's rows, so this stays small. */
    private final Map<Long, Patient> patients = new HashMap<>();
    private final PatientStore patientStore;

    ExportSubjects(Transaction tx, boolean deidentified, ZoneId zone, UserStore users, PatientStore patientStore, SecureRandom random) {
        this.deidentified = deidentified;
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        this.keys = new Pseudonyms(secret);
        this.zone = zone;
        this.patientStore = patientStore;
        for (UserAccount user : users.all(tx)) {
            staffNames.put(user.id(), user.fullName());
        }
    }

    boolean deidentified() {
        return deidentified;
    }

    Pseudonyms keys() {
        return keys;
    }

    /** Reads the patients of a page that were not met before, in one query. */
    void meet(Transaction tx, Collection<Long> patientIds) {
        List<Long> unknown = patientIds.stream().distinct().filter(id -> !patients.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            patientStore.byIds(tx, unknown).forEach((id, stored) -> patients.put(id, stored.patient()));
        }
    }

    /** The patient's columns as this export shows them; the age (or its group) on the given day. */
    void patient(ExportRow row, long patientId, LocalDate on) {
        row.put(ExportColumn.PATIENT_KEY, keys.patient(patientId));
        Optional<Patient> found = Optional.ofNullable(patients.get(patientId));
        found.ifPresent(p -> {
            int age = p.ageOn(on);
            row.put(ExportColumn.MRN, p.mrn()).put(ExportColumn.FAMILY_NAME, p.name().family())
                    .put(ExportColumn.GIVEN_NAME, p.name().given()).put(ExportColumn.ID_NUMBER, p.idNumber())
                    .put(ExportColumn.DATE_OF_BIRTH, p.dateOfBirth()).put(ExportColumn.AGE, age)
                    .put(ExportColumn.AGE_GROUP, AgeGroup.of(age)).put(ExportColumn.SEX, p.sex());
        });
    }

    String session(long id) {
        return deidentified ? keys.session(id) : Long.toString(id);
    }

    String entry(long id) {
        return deidentified ? keys.entry(id) : Long.toString(id);
    }

    /** A member of staff by account, as the user list names them now. */
    String staff(long userId) {
        return deidentified ? keys.staff(userId) : staffNames.getOrDefault(userId, "#" + userId);
    }

    /** A member of staff as a register entry printed them when it was written (SIG-1). */
    String staff(Signer signer) {
        return deidentified ? keys.staff(signer.userId()) : signer.name();
    }

    String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
