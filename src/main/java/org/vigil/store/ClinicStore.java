package org.vigil.store;

import java.time.Instant;
import java.util.Optional;
import org.vigil.domain.Clinic;

/** The one clinic this database belongs to. */
public final class ClinicStore {

    public Optional<Clinic> find(Transaction tx) {
        return tx.select("SELECT installation_id, name, created_at, phone FROM clinic WHERE id = 1")
                .map(row -> new Clinic(row.getColumn("installation_id", String.class), row.getColumn("name", String.class),
                        row.getColumn("created_at", Instant.class), row.getColumn("phone", String.class)))
                .findOne();
    }

    public void insert(Transaction tx, Clinic clinic) {
        tx.update("INSERT INTO clinic (id, installation_id, name, created_at, phone) VALUES (1, ?, ?, ?, ?)",
                clinic.installationId(), clinic.name(), clinic.createdAt(), clinic.phone());
    }

    /** DIS-3: the number on the discharge advice. */
    public void setPhone(Transaction tx, String phone) {
        tx.update("UPDATE clinic SET phone = ? WHERE id = 1", phone);
    }

    /**
     * Whether the audit trail holds an event of this action by the demo (the demo clinic's
     * creation, its seeding finished): how a demo folder tells a whole demo from one cut short.
     */
    public boolean demoEvent(Transaction tx, String action) {
        return tx.select("SELECT COUNT(*) FROM audit_event WHERE action = ? AND username = 'demo'", action).mapTo(Integer.class).one() > 0;
    }
}
