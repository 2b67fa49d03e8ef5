package org.vigil.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.vigil.domain.Settings;
import org.vigil.domain.patient.AgeLimits;
import org.vigil.domain.patient.PatientFlag;
import org.vigil.store.Database;
import org.vigil.store.PatientStore;
import org.vigil.store.ScreeningStore;
import org.vigil.store.SettingStore;

/** What the clinical services share: the database, the audit, the clinic's day and settings. */
final class ClinicalContext {

    final Database database;
    final AuditWriter audit;
    final Clock clock;
    final SettingStore settings;
    final PatientStore patients;
    final ScreeningStore screenings;

    ClinicalContext(Database database, AuditWriter audit, Clock clock, SettingStore settings, PatientStore patients,
                    ScreeningStore screenings) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.patients = patients;
        this.screenings = screenings;
    }

    /** The clinic's date: what is due "today" depends on the clinic's time zone. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    Settings settings(Connection c) throws SQLException {
        return new Settings(settings.current(c));
    }

    Optional<PatientView> view(Connection c, long patientId) throws SQLException {
        Optional<PatientStore.StoredPatient> stored = patients.byId(c, patientId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(view(c, stored.get(), settings(c)));
    }

    PatientView view(Connection c, PatientStore.StoredPatient p, Settings settings) throws SQLException {
        LocalDate today = today();
        var screening = screenings.latest(c, p.id()).map(ScreeningStore.StoredScreening::screening);
        return new PatientView(p.id(), p.patient(), p.active(), p.inactiveReason(), p.patient().ageOn(today),
                PatientFlag.of(p.patient(), screening, AgeLimits.from(settings), today), screening, patients.weights(c, p.id()));
    }
}
