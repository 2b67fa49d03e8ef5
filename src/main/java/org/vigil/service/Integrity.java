package org.vigil.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditChainVerifier;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.ChainVerdict;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.register.EntrySignature;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.domain.register.SignatureMeaning;
import org.vigil.store.AuditTrail;
import org.vigil.store.CheckpointFile;
import org.vigil.store.Database;
import org.vigil.store.RegisterStore;
import org.vigil.store.TableScan;
import org.vigil.store.Transaction;

/**
 * Checks that the records are whole: the audit chain end to end against the checkpoints kept
 * outside the database (SIG-4), and every table readable.
 */
public final class Integrity {

    /**
     * @param unreadableTables tables that could not be read through, with the error
     * @param signaturesChecked register signatures checked against their entries' content (SIG-3)
     * @param brokenSignatures those that no longer hold: the entry changed after signing, or the
     *     signature row was made for another entry
     * @param backupHeads the live chain against the heads carried by the clinic's backups (SIG-4)
     */
    public record Report(ChainVerdict chain, int tablesChecked, List<String> unreadableTables, int signaturesChecked,
                         List<BrokenSignature> brokenSignatures, Backups.HeadAnchors backupHeads) {
        public boolean intact() {
            return chain.intact() && unreadableTables.isEmpty() && brokenSignatures.isEmpty() && backupHeads.hold();
        }
    }

    /** A register signature that does not hold for the entry it is on (SIG-3). */
    public record BrokenSignature(long entryId, SignatureMeaning meaning, String signer) {}

    private final Database database;
    private final AuditTrail trail;
    private final CheckpointFile checkpoints;
    private final AuditWriter audit;
    private final Clock clock;
    private final Backups backups;
    private final TableScan tables = new TableScan();
    private final RegisterStore register = new RegisterStore();

    Integrity(Database database, AuditTrail trail, CheckpointFile checkpoints, AuditWriter audit, Clock clock, Backups backups) {
        this.backups = backups;
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
        return Outcome.done(database.read(tx -> trail.latest(tx, limit)));
    }

    /**
     * For `vigil verify`: whoever can read the data folder can already read the database file, so
     * the command needs no login. An intact result is recorded as a new checkpoint.
     */
    public Report verify(String source) {
        ChainVerdict chain = database.read(tx -> verifyChain(tx, trail, checkpoints.read()));
        TableScan.Result scan = database.read(tables::readEveryRow);
        List<EntrySignature> signatures = database.read(register::allSignatures);
        List<BrokenSignature> broken = database.read(tx -> brokenSignatures(tx, signatures));
        Report full = new Report(chain, scan.tablesRead(), scan.unreadable(), signatures.size(), broken, backupHeads());
        if (full.intact()) {
            record(full.chain(), source);
        }
        return full;
    }

    /** SIG-4: the chain's anchors outside the machine, the heads the clinic's backups carry. */
    private Backups.HeadAnchors backupHeads() {
        return backups.compareHeadsWithBackups();
    }

    /** Writes the current head outside the database, e.g. at a clean shutdown. */
    public void checkpoint(String source) {
        ChainVerdict verdict = database.read(tx -> verifyChain(tx, trail, checkpoints.read()));
        if (verdict.intact()) {
            record(verdict, source);
        }
    }

    private void record(ChainVerdict verdict, String source) {
        if (verdict.head() > 0) {
            checkpoints.append(new ChainCheckpoint(verdict.head(), verdict.headHash(), clock.instant(), source));
        }
    }

    /** SIG-3: every register signature against the entry it is on, as the entry now reads. */
    private List<BrokenSignature> brokenSignatures(Transaction tx, List<EntrySignature> signatures) {
        Map<Long, RegisterEntry> entries = new HashMap<>();
        register.entries(tx).forEach(e -> entries.put(e.id(), e));
        List<BrokenSignature> broken = new ArrayList<>();
        for (EntrySignature s : signatures) {
            RegisterEntry entry = entries.get(s.entryId());
            if (entry == null || !s.holdsFor(entry)) {
                broken.add(new BrokenSignature(s.entryId(), s.meaning(), s.signer().name()));
            }
        }
        return broken;
    }

    static ChainVerdict verifyChain(Transaction tx, AuditTrail trail, List<ChainCheckpoint> known) {
        AuditChainVerifier verifier = new AuditChainVerifier(known);
        trail.forEach(tx, verifier::accept);
        return verifier.verdict(trail.storedHead(tx));
    }
}
