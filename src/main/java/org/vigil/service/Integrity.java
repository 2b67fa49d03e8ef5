package org.vigil.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditChainVerifier;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.UserAccount;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.ChainKey;
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
import org.vigil.store.SealedTables;
import org.vigil.store.TableScan;
import org.vigil.store.Transaction;
import org.vigil.store.WholeCheckMark;

/**
 * Checks that the records are whole: the audit chain end to end against the checkpoints kept
 * outside the database (SIG-4), and every table readable.
 */
public final class Integrity {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Integrity.class);

    /**
     * @param unreadableTables tables that could not be read through, with the error
     * @param signaturesChecked register signatures checked against their entries' content (SIG-3)
     * @param brokenSignatures those that no longer hold: the entry changed after signing, or the
     *     signature row was made for another entry
     * @param backupHeads the live chain against the heads carried by the clinic's backups (SIG-4)
     */
    public record Report(ChainVerdict chain, int tablesChecked, List<String> unreadableTables, int signaturesChecked,
                         List<BrokenSignature> brokenSignatures, long rowsChecked, List<SealedTables.RowFinding> rowFindings,
                         List<String> missingProtections, Backups.HeadAnchors backupHeads) {
        public boolean intact() {
            return chain.intact() && unreadableTables.isEmpty() && brokenSignatures.isEmpty() && rowFindings.isEmpty()
                    && missingProtections.isEmpty() && backupHeads.hold();
        }

        /**
         * What is wrong, most telling first, as phrases a person reads (SIG-4): a missing
         * protection, the chain, the first row that differs from its seal and how many more,
         * unreadable tables, broken register signatures.
         */
        public List<Refusal> problems() {
            List<Refusal> problems = new ArrayList<>();
            for (String missing : missingProtections) {
                String table = missing.substring(0, missing.indexOf(':'));
                problems.add(Refusal.of("SIG-4", "integrity.protectionMissing", tableName(table), missing.substring(missing.indexOf(':') + 1)));
            }
            if (!chain.intact()) {
                problems.add(Refusal.of("SIG-4", "verify.broken", chain.firstBadSeq(), new Refusal.Phrase(chain.problem())));
            }
            if (!rowFindings.isEmpty()) {
                SealedTables.RowFinding first = rowFindings.getFirst();
                String key = switch (first.kind()) {
                    case CHANGED -> "integrity.row.CHANGED";
                    case ADDED -> "integrity.row.ADDED";
                    case DELETED -> "integrity.row.DELETED";
                };
                problems.add(Refusal.of("SIG-4", key, tableName(first.table()), first.key(), first.lastSeq()));
                if (rowFindings.size() > 1) {
                    problems.add(Refusal.of("SIG-4", "integrity.rowsMore", rowFindings.size() - 1));
                }
            }
            for (Backups.HeadConflict conflict : backupHeads.conflicts()) {
                problems.add(Refusal.of("SIG-4", "verify.backupHeadConflict", conflict.file(), conflict.seq()));
            }
            for (String table : unreadableTables) {
                problems.add(Refusal.of("SIG-4", "verify.unreadable", table));
            }
            for (BrokenSignature s : brokenSignatures) {
                problems.add(Refusal.of("SIG-3", "verify.signatureBroken", s.entryId(), new Refusal.Phrase("register.meaning." + s.meaning()),
                        s.signer()));
            }
            return problems;
        }

        private static Refusal.Phrase tableName(String table) {
            return new Refusal.Phrase("integrity.table." + table);
        }
    }

    /** A register signature that does not hold for the entry it is on (SIG-3). */
    public record BrokenSignature(long entryId, SignatureMeaning meaning, String signer) {}

    /** Register entries read at a time by the signature check. */
    private static final int SIGNATURE_PAGE = 1000;

    private final Database database;
    private final AuditTrail trail;
    private final CheckpointFile checkpoints;
    private final WholeCheckMark wholeCheck;
    private final AuditWriter audit;
    private final Clock clock;
    private final Backups backups;
    private final TableScan tables = new TableScan();
    private final RegisterStore register = new RegisterStore();
    private final org.vigil.store.UserStore users = new org.vigil.store.UserStore();

    Integrity(Database database, AuditTrail trail, CheckpointFile checkpoints, AuditWriter audit, Clock clock, Backups backups) {
        this.backups = backups;
        this.database = database;
        this.trail = trail;
        this.checkpoints = checkpoints;
        this.wholeCheck = new WholeCheckMark(checkpoints.path().getParent());
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
     * The trail as people read it (issue 15, item 6): the latest events and the full names of
     * everyone the events name by account, so "user 4" reads as the person it is.
     */
    public Outcome<NamedTrail> latestNamed(Actor actor, int limit) {
        Refusal refused = audit.refuseUnless(actor, Permission.VERIFY_AUDIT_CHAIN, "integrity.latest");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return Outcome.done(database.read(tx -> new NamedTrail(trail.latest(tx, limit),
                users.all(tx).stream().collect(java.util.stream.Collectors.toMap(UserAccount::id, UserAccount::fullName, (a, b) -> a)))));
    }

    /** The latest events, newest first, with the full name of each account by its id. */
    public record NamedTrail(List<AuditEvent> events, java.util.Map<Long, String> people) {
        public NamedTrail {
            events = List.copyOf(events);
            people = java.util.Map.copyOf(people);
        }
    }

    /**
     * For `vigil verify`: whoever can read the data folder can already read the database file, so
     * the command needs no login. An intact result is recorded as a new checkpoint.
     */
    public Report verify(String source) {
        return verify(source, List.of());
    }

    /**
     * The same, also holding the chain to heads read off printed reports or other records kept
     * away from this machine (SIG-4): the chain must reach each with the same hash.
     */
    public Report verify(String source, List<ChainCheckpoint> printed) {
        List<ChainCheckpoint> known = new ArrayList<>(checkpoints.read());
        known.addAll(printed);
        ChainVerdict chain = database.readSnapshot(tx -> verifyChain(tx, trail, known, database.chainKey()));
        TableScan.Result scan = database.read(tables::readEveryRow);
        long signatures = database.read(register::signatureCount);
        List<BrokenSignature> broken = database.read(this::brokenSignatures);
        SealedTables.RowCheck rows = database.checkRows();
        Report full = new Report(chain, scan.tablesRead(), scan.unreadable(), (int) signatures, broken, rows.rowsChecked(),
                rows.findings(), database.missingProtections(), backupHeads());
        wholeCheck.write(new WholeCheckMark.Result(clock.instant(), full.intact()), database.chainKey());
        if (full.intact()) {
            record(full.chain(), source, CheckpointFile.Reach.WHOLE_CHAIN);
        }
        return full;
    }

    /**
     * An administrator's repair after a protection was found missing (`vigil verify --repair`, Vigil
     * closed): the triggers are put back and the repair recorded. Rows changed meanwhile stay listed.
     */
    public void repairProtections(String operator) {
        database.repairProtections(operator, clock.instant());
    }

    /** The protections of the records found missing when the folder was opened, as phrases; empty when all are there. */
    public List<Refusal> protectionsMissing() {
        return new Report(ChainVerdict.intact(0, 0, ""), 0, List.of(), 0, List.of(), 0, List.of(), database.missingProtections(),
                new Backups.HeadAnchors(0, List.of(), List.of())).problems();
    }

    /** SIG-4: the chain's anchors outside the machine, the heads the clinic's backups carry. */
    private Backups.HeadAnchors backupHeads() {
        return backups.compareHeadsWithBackups();
    }

    /**
     * Writes the current head outside the database, e.g. at a clean shutdown, after checking the
     * chain from the last head a check verified (issue 16): its cost follows the events written since,
     * not the years of the chain. Events before that head are left to the whole check ({@code verify},
     * the daily check). The chain is read from the first event when there is no verified head to
     * resume from (a new folder, a restore, the checkpoint file deleted or its lines altered) and
     * while the last whole check found a problem, so that a broken chain is never given a new checkpoint.
     *
     * @return what the check found; a broken chain gets no checkpoint
     */
    public ChainVerdict checkpoint(String source) {
        List<ChainCheckpoint> known = checkpoints.read();
        java.util.Optional<ChainCheckpoint> resumeAt = resumePoint();
        ChainVerdict verdict = database.readSnapshot(tx -> resumeAt.isPresent()
                ? verifyChainFrom(tx, trail, resumeAt.get(), known, database.chainKey())
                : verifyChain(tx, trail, known, database.chainKey()));
        if (verdict.intact()) {
            record(verdict, source, resumeAt.isPresent() ? CheckpointFile.Reach.SINCE_LAST_CHECK : CheckpointFile.Reach.WHOLE_CHAIN);
        } else {
            log.error("SIG-4: the audit chain does not hold at event {} ({}); no checkpoint recorded at {}", verdict.firstBadSeq(),
                    verdict.problem(), source);
        }
        return verdict;
    }

    /** The verified head the check at shutdown resumes from; empty when it must read the whole chain. */
    private java.util.Optional<ChainCheckpoint> resumePoint() {
        java.util.Optional<WholeCheckMark.Result> last = wholeCheck.read(database.chainKey());
        if (last.isPresent() && !last.get().intact()) {
            return java.util.Optional.empty();
        }
        return checkpoints.lastVerified(database.chainKey()).map(CheckpointFile.VerifiedHead::checkpoint);
    }

    /**
     * Whether the whole check is due: none recorded (or its record altered), the last found a
     * problem, it is {@code interval} old, or the checkpoint file holds no head a check verified (a
     * restore set the old one aside).
     */
    boolean wholeCheckDue(java.time.Instant now, java.time.Duration interval) {
        java.util.Optional<WholeCheckMark.Result> last = wholeCheck.read(database.chainKey());
        return last.isEmpty() || !last.get().intact() || !last.get().at().plus(interval).isAfter(now)
                || checkpoints.lastVerified(database.chainKey()).isEmpty();
    }

    private void record(ChainVerdict verdict, String source, CheckpointFile.Reach reach) {
        if (verdict.head() > 0) {
            checkpoints.appendVerified(new ChainCheckpoint(verdict.head(), verdict.headHash(), clock.instant(), source), reach,
                    database.chainKey());
        }
    }

    /**
     * SIG-3: every register signature against the entry it is on, as the entry now reads; the
     * register is read a page of entries at a time, so that ten years of it fit a workstation's heap.
     */
    private List<BrokenSignature> brokenSignatures(Transaction tx) {
        List<BrokenSignature> broken = new ArrayList<>();
        long after = 0;
        List<RegisterEntry> page;
        do {
            page = register.entriesAfter(tx, after, SIGNATURE_PAGE);
            Map<Long, List<EntrySignature>> signed = page.isEmpty() ? Map.of()
                    : register.signaturesOfEntries(tx, page.getFirst().id(), page.getLast().id());
            for (RegisterEntry entry : page) {
                for (EntrySignature s : signed.getOrDefault(entry.id(), List.of())) {
                    if (!s.holdsFor(entry)) {
                        broken.add(new BrokenSignature(s.entryId(), s.meaning(), s.signer().name()));
                    }
                }
                after = entry.id();
            }
        } while (page.size() == SIGNATURE_PAGE);
        register.signaturesWithoutEntry(tx).forEach(s -> broken.add(new BrokenSignature(s.entryId(), s.meaning(), s.signer().name())));
        return broken;
    }

    static ChainVerdict verifyChain(Transaction tx, AuditTrail trail, List<ChainCheckpoint> known, ChainKey key) {
        AuditChainVerifier verifier = new AuditChainVerifier(known, key);
        trail.forEach(tx, verifier::accept, verifier::sealsWithoutEvent);
        return verifier.verdict(trail.storedHead(tx));
    }

    /** The chain from a head verified before: only the events from there on are read. */
    static ChainVerdict verifyChainFrom(Transaction tx, AuditTrail trail, ChainCheckpoint verified, List<ChainCheckpoint> known, ChainKey key) {
        AuditChainVerifier verifier = AuditChainVerifier.resumingAt(verified, known, key);
        trail.forEachFrom(tx, verifier.firstSeq(), verifier::accept, verifier::sealsWithoutEvent);
        return verifier.verdict(trail.storedHead(tx));
    }
}
