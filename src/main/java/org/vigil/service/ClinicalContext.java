package org.vigil.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Settings;
import org.vigil.domain.patient.AgeLimits;
import org.vigil.domain.patient.PatientFlag;
import org.vigil.domain.patient.Screening;
import org.vigil.store.Database;
import org.vigil.store.PatientStore;
import org.vigil.store.ScreeningStore;
import org.vigil.store.SettingStore;
import org.vigil.store.Transaction;
import org.vigil.store.UserStore;

/** What the clinical services share: the database, the audit, the clinic's day and settings. */
final class ClinicalContext {

    final Database database;
    final AuditWriter audit;
    final Clock clock;
    final SettingStore settings;
    final PatientStore patients;
    final ScreeningStore screenings;
    /** Who signed or authorised, by name, for the register and the printed forms (SIG-1). */
    final UserStore users;

    ClinicalContext(Database database, AuditWriter audit, Clock clock, SettingStore settings, PatientStore patients,
                    ScreeningStore screenings, UserStore users) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.patients = patients;
        this.screenings = screenings;
        this.users = users;
    }

    /** The clinic's date: what is due "today" depends on the clinic's time zone. */
    /**
     * SIG-4: the one audit event a report, form or handout leaves, written once its read has
     * succeeded; a refused read writes nothing here. At the window the signed-in user prints it;
     * for a command ({@code actor} null) the machine's user does, since whoever can read the data
     * folder can already read the database file.
     *
     * @param description what was printed, naming the chain head the paper carries
     */
    <T> Outcome<T> printed(Outcome<T> read, Actor actor, String operator, String action, String entityType,
                           Function<T, Object> entityId, Function<T, String> description, String reason) {
        if (read instanceof Outcome.Done<T> done) {
            Object id = entityId.apply(done.value());
            String what = description.apply(done.value());
            database.write(tx -> {
                if (actor != null) {
                    audit.record(tx, actor, action, entityType, id, null, what, reason);
                } else {
                    audit.recordAnonymous(tx, null, operator, action, entityType, id, null, what, reason);
                }
                return null;
            });
        }
        return read;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    Settings settings(Transaction tx) {
        return new Settings(settings.current(tx));
    }

    Optional<PatientView> view(Transaction tx, long patientId) {
        Optional<PatientStore.StoredPatient> stored = patients.byId(tx, patientId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(view(tx, stored.get(), settings(tx)));
    }

    PatientView view(Transaction tx, PatientStore.StoredPatient p, Settings settings) {
        return assemble(tx, List.of(p), settings).get(p.id());
    }

    /**
     * Several patients as the screens show them, with a query per kind of fact rather than per
     * patient (the day list and the board show many at once).
     */
    Map<Long, PatientView> views(Transaction tx, Collection<Long> patientIds, Settings settings) {
        return assemble(tx, patients.byIds(tx, patientIds).values(), settings);
    }

    private Map<Long, PatientView> assemble(Transaction tx, Collection<PatientStore.StoredPatient> stored, Settings settings) {
        LocalDate today = today();
        List<Long> ids = stored.stream().map(PatientStore.StoredPatient::id).toList();
        Map<Long, ScreeningStore.StoredScreening> latest = screenings.latest(tx, ids);
        Map<Long, PatientView> views = new HashMap<>();
        stored.forEach(p -> {
            long id = p.id();
            Optional<Screening> screening = Optional.ofNullable(latest.get(id)).map(ScreeningStore.StoredScreening::screening);
            views.put(id, new PatientView(id, p.patient(), p.active(), p.inactiveReason(), p.patient().ageOn(today),
                    PatientFlag.of(p.patient(), screening, AgeLimits.from(settings), today), screening,
                    p.weights()));
        });
        return views;
    }
}
