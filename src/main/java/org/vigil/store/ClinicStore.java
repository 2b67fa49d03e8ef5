package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.vigil.domain.Clinic;

/** The one clinic this database belongs to. */
public final class ClinicStore {

    public Optional<Clinic> find(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT installation_id, name, created_at FROM clinic WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next()
                    ? Optional.of(new Clinic(rs.getString(1), rs.getString(2), Timestamps.get(rs, "created_at")))
                    : Optional.empty();
        }
    }

    public void insert(Connection c, Clinic clinic) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO clinic (id, installation_id, name, created_at) VALUES (1, ?, ?, ?)")) {
            s.setString(1, clinic.installationId());
            s.setString(2, clinic.name());
            Timestamps.set(s, 3, clinic.createdAt());
            s.executeUpdate();
        }
    }
}
