package org.vigil.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditChainVerifier;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.ChainVerdict;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.store.AuditTrail;
import org.vigil.store.CheckpointFile;
import org.vigil.store.Database;

/**
 * Checks that the records are whole: the audit chain end to end against the checkpoints kept
 * outside the database (SIG-4), and every table readable.
 */
public final class Integrity {

    /** @param unreadableTables tables that could not be read through, with the error */
    public record Report(ChainVerdict chain, int tablesChecked, List<String> unreadableTables) {
        public boolean intact() {
            return chain.intact() && unreadableTables.isEmpty();
        }
    }

    private final Database database;
    private final AuditTrail trail;
    private final CheckpointFile checkpoints;
    private final AuditWriter audit;
    private final Clock clock;

    Integrity(Database database, AuditTrail trail, CheckpointFile checkpoints, AuditWriter audit, Clock clock) {
        this.database = database;
        this.trail = trail;
        this.checkpoints = checkpoints;
        this.audit = audit;
        this.clock = clock;
    }

    /** For the GUI: managers and administrators. */
    public Outcome<Report> verify(Actor actor) {
        Refusal refused = audit.refuseUnless(actor, Permission.VERIFY_AUDIT_CHAIN, "integrity.verify");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(verify("verify by " + actor.username()));
    }

    /** The most recent audit events, newest first, for the administration screen. */
    public Outcome<List<AuditEvent>> latest(Actor actor, int limit) {
        Refusal refused = audit.refuseUnless(actor, Permission.VERIFY_AUDIT_CHAIN, "integrity.latest");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(database.read(c -> trail.latest(c, limit)));
    }

    /**
     * For `vigil verify`: whoever can read the data folder can already read the database file, so
     * the command needs no login. An intact result is recorded as a new checkpoint.
     */
    public Report verify(String source) {
        Report report = database.read(c -> new Report(verifyChain(c, trail, checkpoints.read()), 0, List.of()));
        List<String> unreadable = new ArrayList<>();
        int tables = database.read(c -> scanTables(c, unreadable));
        Report full = new Report(report.chain(), tables, List.copyOf(unreadable));
        if (full.intact()) {
            record(full.chain(), source);
        }
        return full;
    }

    /** Writes the current head outside the database, e.g. at a clean shutdown. */
    public void checkpoint(String source) {
        ChainVerdict verdict = database.read(c -> verifyChain(c, trail, checkpoints.read()));
        if (verdict.intact()) {
            record(verdict, source);
        }
    }

    private void record(ChainVerdict verdict, String source) {
        if (verdict.head() > 0) {
            checkpoints.append(new ChainCheckpoint(verdict.head(), verdict.headHash(), clock.instant(), source));
        }
    }

    static ChainVerdict verifyChain(Connection c, AuditTrail trail, List<ChainCheckpoint> known) throws SQLException {
        AuditChainVerifier verifier = new AuditChainVerifier(known);
        trail.forEach(c, verifier::accept);
        return verifier.verdict(trail.storedHead(c));
    }

    private static int scanTables(Connection c, List<String> unreadable) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            // Reading every row makes the database touch every page of the table.
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"");
                 ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            } catch (SQLException e) {
                unreadable.add(table + ": " + e.getMessage());
            }
        }
        return tables.size();
    }
}
