package org.vigil.store;

import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.domain.ChainKey;

/**
 * The clinic's database: an embedded H2 file in the data folder. Opening it migrates the schema;
 * every write goes through {@link #write}, which commits and forces the file to disk before
 * returning, so "saved" on screen means it survives a kill or a power cut.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    static final String FILE_NAME = "vigil";
    static final String FILE_SUFFIX = ".mv.db";
    /** The database user; its password is the folder's {@link FolderSecrets#databasePassword()}. */
    static final String USER = "vigil";
    /** How H2 begins a file written with CIPHER=AES. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Data folders open in this process. H2 lets a second open in the same JVM share the file
     * silently, so only another process would be told it is in use without this.
     */
    private static final Set<Path> OPEN_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    /** Writes committed and forced to disk since opening: a read must never add one (board reloads, views). */
    private final AtomicLong syncedWrites = new AtomicLong();
    /** Statements run since opening, so a benchmark can show that a screen's load does not grow with the clinic's history. */
    private final AtomicLong statements = new AtomicLong();
    /** While {@link #queryPlans} runs its work, the SQL this thread sends; null otherwise. */
    private final ThreadLocal<List<String>> watched = new ThreadLocal<>();
    private final Path file;
    private final Path folder;
    private final FolderSecrets secrets;
    private final ChainKey chainKey;
    /** The sealed tables and their primary keys, read once: the schema changes only by migration. */
    private volatile Map<String, List<String>> sealedTables = Map.of();
    /**
     * Protections found missing at opening (append-only or seal triggers). While any is missing
     * nothing is written: a record changed now could not be told from one changed by whoever removed them.
     */
    private volatile List<String> missingProtections = List.of();
    private List<FolderPermissions.Loosened> loosened = List.of();
    private volatile boolean damaged;
    /** BENCHMARK ONLY, see {@link #deferCompactionForGeneratedData}. */
    private volatile boolean compactionDeferred;
    /**
     * Commits share it; a compaction slice takes it alone, because while a slice runs H2 may put a
     * chunk in a hole, and a commit's chunk there would not be found after a kill (see {@link #url}).
     * Fair, so a save that arrives during a run goes in after the slice under way: unfair, the
     * compaction thread took the lock back slice after slice and a save waited for the whole run.
     */
    private final java.util.concurrent.locks.ReentrantReadWriteLock chunkPlacement = new java.util.concurrent.locks.ReentrantReadWriteLock(true);
    private final java.util.concurrent.ExecutorService compactionThread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigil-file-compaction");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicBoolean compactionQueued = new java.util.concurrent.atomic.AtomicBoolean();
    /** Null until the file is open and checked, and after a compaction failed (it is not tried again until the next opening). */
    private volatile FileCompaction compaction;
    private final AtomicLong compactionSlices = new AtomicLong();
    /**
     * Whether {@link #write} forces each commit to the disk. Always true in the clinic; only the
     * benchmark's generator turns it off ({@link #skipDiskSyncForGeneratedData}).
     */
    private volatile boolean syncEachWrite = true;

    private Database(JdbcConnectionPool pool, Path file, Path folder, FolderSecrets secrets) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        ColumnTypes.install(jdbi);
        // Jdbi puts a failed statement's bound values (names, ID numbers) in its message, which is logged.
        jdbi.getConfig(org.jdbi.v3.core.statement.StatementExceptions.class)
                .setMessageRendering(org.jdbi.v3.core.statement.StatementExceptions.MessageRendering.NONE);
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.incrementAndGet();
                List<String> watching = watched.get();
                if (watching != null) {
                    watching.add(context.getParsedSql().getSql());
                }
            }
        });
        this.file = file;
        this.folder = folder;
        this.secrets = secrets;
        this.chainKey = new ChainKey(secrets.chainKey(), secrets.chainKeyedFrom());
    }

    public static Path fileIn(Path dataDir) {
        return dataDir.resolve(FILE_NAME + FILE_SUFFIX);
    }

    public static boolean existsIn(Path dataDir) {
        return Files.exists(fileIn(dataDir));
    }

    /**
     * Opens (and on first use creates) the database in the data folder, encrypted with the
     * folder's secrets from this user's key ring. The unencrypted file of an earlier Vigil is
     * encrypted first ({@link PlainDatabaseUpgrade}). The folder and its files are closed to other
     * accounts; what was found open is kept for {@link #loosenedPermissions()}.
     *
     * @throws DatabaseInUseException when another Vigil has the folder open
     * @throws DatabaseDamagedException when an existing file cannot be opened; it is left untouched
     * @throws DatabaseKeyMissingException when the file is encrypted with a key this user's key
     *     ring on this machine does not hold; it is left untouched
     */
    public static Database open(Path dataDir) {
        Path file = fileIn(dataDir);
        boolean exists = Files.exists(file);
        Path folder;
        List<FolderPermissions.Loosened> loosened;
        try {
            // A folder made now is private from the start; an existing one is checked file by file,
            // and what was open is reported only when it held a clinic's database.
            if (Files.isDirectory(dataDir)) {
                loosened = FolderPermissions.tighten(dataDir);
                if (!exists) {
                    loosened = List.of();
                }
            } else {
                PrivateFiles.createFolder(dataDir);
                loosened = List.of();
            }
            folder = dataDir.toRealPath();
            // H2 would initialise an empty file as a new, empty database: that is not the clinic's.
            if (exists && Files.size(file) == 0) {
                throw new DatabaseDamagedException(file, null);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the data folder " + dataDir, e);
        }
        if (!OPEN_IN_THIS_PROCESS.add(folder)) {
            throw new DatabaseInUseException(dataDir, null);
        }
        try {
            KeyRing keyRing = KeyRing.forThisUser();
            FolderSecrets secrets;
            OpeningRead reading = OpeningRead.NEW_OR_UPGRADED;
            if (!exists) {
                secrets = keyRing.create(dataDir, 1);
            } else if (!isEncrypted(file)) {
                secrets = PlainDatabaseUpgrade.run(dataDir, file, keyRing);
            } else {
                secrets = secretsOf(dataDir, file, keyRing);
                // Issue 16: a file exactly as the last clean close left it skips the every-row read (see CleanCloseMark).
                reading = CleanCloseMark.matches(dataDir, file, chainKeyOf(secrets)) ? OpeningRead.AS_LAST_CLOSED : OpeningRead.EVERY_ROW;
                probe(dataDir, file, secrets, reading == OpeningRead.EVERY_ROW);
                CleanCloseMark.forget(dataDir);
            }
            Database database = openPool(dataDir, file, exists, folder, secrets);
            database.openingRead = reading;
            database.loosened = List.copyOf(loosened);
            // This process holds the file now: nothing else can be using what a killed run left.
            WorkArea.clean(dataDir);
            FolderPermissions.closeNewFiles(dataDir);
            return database;
        } catch (RuntimeException e) {
            OPEN_IN_THIS_PROCESS.remove(folder);
            throw e;
        }
    }

    /** Whether the file starts as H2 writes an AES-encrypted file; an earlier Vigil's plain file starts "H:2,". */
    static boolean isEncrypted(Path file) {
        byte[] header = new byte[ENCRYPTED_HEADER.length];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(header, 0, header.length) == header.length && java.util.Arrays.equals(header, ENCRYPTED_HEADER);
        } catch (java.io.IOException e) {
            throw new DatabaseDamagedException(file, e);
        }
    }

    /**
     * The secrets the folder names; a file that came without its folder's ID (a backup's copy
     * unpacked into a work folder) is tried with each key this user keeps, and the folder is named
     * after the one that opens it.
     */
    private static FolderSecrets secretsOf(Path dataDir, Path file, KeyRing keyRing) {
        Optional<String> folderId = KeyRing.folderIdOf(dataDir);
        if (folderId.isPresent()) {
            return keyRing.find(folderId.get()).orElseThrow(() -> new DatabaseKeyMissingException(file, folderId.get()));
        }
        for (FolderSecrets candidate : keyRing.all()) {
            if (opensWith(dataDir, candidate)) {
                KeyRing.nameFolder(dataDir, candidate.folderId());
                return candidate;
            }
        }
        throw new DatabaseKeyMissingException(file, null);
    }

    /** What the opening read of the file before it opened it for writing (issue 14, issue 16). */
    public enum OpeningRead {
        /** A new file, or an earlier Vigil's plain file just encrypted: nothing to read before. */
        NEW_OR_UPGRADED,
        /** Every row of every table, read-only: the file was not as the last clean close left it. */
        EVERY_ROW,
        /** The schema and the audit head only: the file was exactly as the last clean close left it. */
        AS_LAST_CLOSED
    }

    private volatile OpeningRead openingRead = OpeningRead.NEW_OR_UPGRADED;

    /** What this opening read before it opened the file for writing. */
    public OpeningRead openingRead() {
        return openingRead;
    }

    private static ChainKey chainKeyOf(FolderSecrets secrets) {
        return new ChainKey(secrets.chainKey(), secrets.chainKeyedFrom());
    }

    /**
     * Opens the file read-only and reads what every opening reads (the schema, the audit head)
     * before the read-write open, which may write (a rollback of what a kill left, the migration,
     * the compaction at close): a file damaged there is reported without one byte of it changed.
     * With {@code everyRow}, every row of every table too.
     */
    private static void probe(Path dataDir, Path file, FolderSecrets secrets, boolean everyRow) {
        long started = System.nanoTime();
        try (Connection c = java.sql.DriverManager.getConnection(url(dataDir, true) + ";ACCESS_MODE_DATA=r", USER, secrets.h2Password());
             java.sql.Statement s = c.createStatement()) {
            s.executeQuery("SELECT seq FROM audit_head").close();
            List<String> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            // Every row of every table, read-only, before the read-write open can write a byte
            // (issue 14, item 4). The condition on _ROWID_ makes H2 walk each table's pages inside
            // the engine instead of handing the rows over JDBC.
            for (String table : everyRow ? tables : List.<String>of()) {
                s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\" WHERE _ROWID_ <> -1").close();
            }
            log.info("Read {} of {} read-only in {} ms", everyRow ? "the " + tables.size() + " tables" : "the schema and audit head", file,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            // The key ring holds the key the folder names (secretsOf checked it), so a file it does not
            // open is damaged (a damaged block decrypts to nonsense) or was copied in from another folder:
            // either way it is left untouched and a restore is what helps.
            throw classify(dataDir, file, e);
        } catch (RuntimeException e) {
            throw new DatabaseDamagedException(file, RedactedFailure.of(e));
        }
    }

    /** Tries a key read-only, so that a wrong key never writes anything. */
    private static boolean opensWith(Path dataDir, FolderSecrets secrets) {
        try (Connection c = java.sql.DriverManager.getConnection(url(dataDir, true) + ";ACCESS_MODE_DATA=r", USER, secrets.h2Password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The connection URL of the encrypted file in a folder. WRITE_DELAY=0: no committed
     * transaction may wait in memory (durability). AUTO_COMPACT_FILL_RATE=0 and REUSE_SPACE=FALSE:
     * every commit's chunk is appended at the end of the file, never put in a hole left by older
     * chunks. H2 2.5 finds the newest chunk after a kill from the end of the file, or by following
     * each chunk's guess of where the next one goes from the chunk the file header names; when a
     * chunk lands elsewhere than guessed, the header it writes names the chunk before it (whose
     * guess was wrong), so that commit and every one after it up to the next header write (up to
     * 20) are not found after a kill, although they were synced ({@code H2ChunkPlacementTest}
     * reproduces it against H2 alone; SessionCrashTest lost readings that way within ten kills).
     * Holes are filled only by {@link FileCompaction}, in slices while commits are held back.
     * COMPRESS=TRUE: pages are written compressed, as SHUTDOWN COMPACT writes them, so the running
     * file can stay within twice the size of the compacted one (issue 16, item 1).
     * IFEXISTS: an existing install must never be silently replaced by a new empty file.
     * TRACE_LEVEL_FILE=0: H2's own trace file would hold failed statements with their values,
     * unencrypted; failures go to Vigil's log instead.
     */
    static String url(Path dataDir, boolean exists) {
        return "jdbc:h2:file:" + dataDir.resolve(FILE_NAME).toAbsolutePath() + ";CIPHER=AES;WRITE_DELAY=0;AUTO_COMPACT_FILL_RATE=0;REUSE_SPACE=FALSE;COMPRESS=TRUE"
                + ";TRACE_LEVEL_FILE=0" + (exists ? ";IFEXISTS=TRUE" : "");
    }

    private static Database openPool(Path dataDir, Path file, boolean exists, Path folder, FolderSecrets secrets) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dataDir, exists), USER, secrets.h2Password());
        pool.setMaxConnections(8);
        Connection anchor = null;
        try {
            anchor = pool.getConnection();
            anchor.close();
        } catch (SQLException e) {
            pool.dispose();
            throw classify(dataDir, file, e);
        }
        Database database = new Database(pool, file, folder, secrets);
        try {
            database.migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new DatabaseDamagedException(file, e);
        }
        database.checkProtections();
        database.startCompaction();
        log.info("Opened database {}", file);
        return database;
    }

    /**
     * BENCHMARK ONLY: opens the closed database in {@code dataDir} (a copy the benchmark made of
     * its throwaway folder) and shuts it with SHUTDOWN COMPACT, whatever {@link #close} does, so
     * the benchmark can print the file as the clinic has it next to the same data compacted.
     */
    public static void compactClosed(Path dataDir) {
        FolderSecrets secrets = KeyRing.folderIdOf(dataDir).flatMap(KeyRing.forThisUser()::find)
                .orElseThrow(() -> new StoreException("The folder " + dataDir + " names no key of this key ring", null));
        Path file = fileIn(dataDir);
        // A folder Vigil closed cleanly stays so: the next opening need not read every row again.
        // Only a mark that matched before: a file changed outside Vigil keeps its full read.
        boolean closedCleanly = CleanCloseMark.matches(dataDir, file, chainKeyOf(secrets));
        try (Connection connection = java.sql.DriverManager.getConnection(url(dataDir, true), USER, secrets.h2Password());
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new StoreException("Cannot compact " + dataDir, e);
        }
        if (closedCleanly) {
            CleanCloseMark.record(dataDir, file, chainKeyOf(secrets));
        }
    }

    /**
     * Names a work folder (a backup's copy) with this database's folder ID, so that the copy of the
     * file put there ({@link BackupArchive#snapshot}) opens with {@link #open}.
     */
    public void lendKeyTo(Path copyDir) {
        try {
            PrivateFiles.createFolder(copyDir);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create " + copyDir, e);
        }
        KeyRing.nameFolder(copyDir, secrets.folderId());
    }

    static StoreException classify(Path dataDir, Path file, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new DatabaseInUseException(dataDir, e);
            default -> new DatabaseDamagedException(file, e);
        };
    }

    private void migrate() {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        boolean sealedBefore = hasSeals();
        List<SealedTables.RowFinding> before = new ArrayList<>();
        if (sealedBefore && flyway.info().pending().length > 0) {
            // An upgrade seals what its migrations change; it must not also bless what was changed behind Vigil's back.
            before.addAll(checkRows().findings());
        }
        var result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            sealAfterUpgrade(before, result.initialSchemaVersion == null);
        }
    }

    private boolean hasSeals() {
        try (Connection connection = pool.getConnection(); Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'PUBLIC' AND table_name = 'AUDIT_ROW'")) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the schema of " + file, e);
        }
    }

    /**
     * After migrations: every sealed table gets its seal trigger, and the rows the migrations
     * changed (or, on the first upgrade to sealed rows, every row) are sealed by one event. Rows
     * already found differing before the upgrade stay unsealed, so that verify still shows them.
     */
    private void sealAfterUpgrade(List<SealedTables.RowFinding> foundBefore, boolean created) {
        try (Handle handle = jdbi.open()) {
            handle.useTransaction(h -> {
                Connection connection = h.getConnection();
                SealedTables.createMissingTriggers(connection);
                Map<String, List<String>> tables = SealedTables.inSchema(connection);
                RowChanges changes = new RowChanges();
                Set<String> suspect = new java.util.HashSet<>();
                foundBefore.forEach(f -> suspect.add(f.table() + "|" + f.key()));
                SealedTables.check(connection, chainKey, finding -> {
                    if (!suspect.contains(finding.table() + "|" + finding.key())) {
                        changes.touched(finding.table(), finding.key());
                    }
                });
                if (changes.isEmpty()) {
                    return;
                }
                Transaction tx = new Transaction(h, new Transaction.Sealing(chainKey, tables, changes));
                // The database's own clock: opening has no Clock of the program's to ask.
                Instant now = h.createQuery("SELECT CURRENT_TIMESTAMP").mapTo(java.time.OffsetDateTime.class).one().toInstant();
                new AuditTrail().append(tx, new AuditTrail.Entry(null, "vigil", created ? "DATABASE_CREATED" : "SCHEMA_UPGRADED",
                        "database", null, null, created ? "shipped settings" : "rows as the upgrade left them", foundBefore.isEmpty() ? null
                        : "rows that differed before the upgrade left unsealed: " + foundBefore.size()), now);
            });
            handle.execute("CHECKPOINT SYNC");
        } catch (JdbiException | SQLException e) {
            throw new StoreException("Cannot seal the rows after upgrading " + file, e);
        }
    }

    private void checkProtections() {
        try (Connection connection = pool.getConnection()) {
            sealedTables = Map.copyOf(SealedTables.inSchema(connection));
            missingProtections = List.copyOf(SealedTables.missingTriggers(connection));
        } catch (SQLException e) {
            throw new StoreException("Cannot read the protections of " + file, e);
        }
        if (!missingProtections.isEmpty()) {
            log.error("Protections missing from {}: {}; writing is held until an administrator repairs them", file, missingProtections);
        }
    }

    /** Every row of every sealed table against its seal (SIG-4). */
    public SealedTables.RowCheck checkRows() {
        // One snapshot (see readSnapshot): a row saved while the check runs is read with its own seal or not at all.
        return readSnapshot(tx -> {
            try {
                List<SealedTables.RowFinding> findings = new ArrayList<>();
                long rows = SealedTables.check(tx.handle().getConnection(), chainKey, findings::add);
                return new SealedTables.RowCheck(rows, findings);
            } catch (SQLException e) {
                throw new StoreException("Cannot check the rows of " + file, e);
            }
        });
    }

    /** The triggers that protect the records and were found missing at opening (table:trigger). */
    public List<String> missingProtections() {
        return missingProtections;
    }

    /**
     * An administrator's repair: puts back the missing triggers, and records it. Rows changed while
     * they were missing stay unsealed, so verify still names them.
     */
    public void repairProtections(String operator, Instant now) {
        chunkPlacement.readLock().lock();
        try (Handle handle = jdbi.open()) {
            handle.useTransaction(h -> {
                List<String> missing = SealedTables.missingTriggers(h.getConnection());
                SealedTables.createMissingTriggers(h.getConnection());
                Transaction tx = new Transaction(h, new Transaction.Sealing(chainKey, sealedTables, null));
                new AuditTrail().append(tx, new AuditTrail.Entry(null, operator, "PROTECTIONS_REPAIRED", "database", null,
                        String.join(", ", missing), null, null), now);
            });
            handle.execute("CHECKPOINT SYNC");
        } catch (JdbiException | SQLException e) {
            throw new StoreException("Cannot repair the protections of " + file, e);
        } finally {
            chunkPlacement.readLock().unlock();
        }
        checkProtections();
    }

    public ChainKey chainKey() {
        return chainKey;
    }

    /**
     * One transaction: the work, then commit, then a synchronous checkpoint so the commit is on
     * the disk before the caller tells anyone it is saved. Anything thrown rolls everything back.
     */
    public <T> T write(TransactionWork<T> work) {
        if (damaged) {
            throw new DatabaseDamagedException(file, null);
        }
        if (!missingProtections.isEmpty()) {
            throw new WritesHeldException(missingProtections);
        }
        RowChanges changes = new RowChanges();
        RowChanges outer = RowChanges.begin(changes);
        chunkPlacement.readLock().lock();
        boolean locked = true;
        try (Handle handle = jdbi.open()) {
            T result = handle.inTransaction(h -> {
                Transaction tx = new Transaction(h, new Transaction.Sealing(chainKey, sealedTables, changes));
                T value = work.apply(tx);
                if (!changes.isEmpty()) {
                    // Every write has its audit event; rows written after it would go unsealed and fail verify.
                    throw new StoreException("Rows changed after the transaction's last audit event: " + changes.drain(), null);
                }
                return value;
            });
            if (syncEachWrite) {
                handle.execute("CHECKPOINT SYNC");
                syncedWrites.incrementAndGet();
            }
            chunkPlacement.readLock().unlock();
            locked = false;
            compactAfterWrite();
            return result;
        } catch (JdbiException e) {
            throw damageOr(e, "Database write failed");
        } finally {
            if (locked) {
                chunkPlacement.readLock().unlock();
            }
            RowChanges.end(outer);
        }
    }

    /**
     * Queues compaction; when the background has fallen far behind (a busy machine), this writer
     * waits on the compaction thread until the file is no longer overdue, so the bound holds however
     * the threads are scheduled. It waits rather than compacting itself: a save's own CPU time
     * stays what the save costs (TypedTextProperties holds each call to 50 ms of CPU).
     */
    private void compactAfterWrite() {
        if (compactionDeferred) {
            return;
        }
        FileCompaction running = compaction;
        // Not inside an outer write: the run would wait for this thread's commit to end.
        if (running != null && !damaged && chunkPlacement.getReadHoldCount() == 0 && running.overdue()) {
            try {
                compactionThread.submit(this::compactWhileOverdue).get();
                compactIfWasteful();
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                log.debug("Closing {}: no compaction run after this write", file);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                log.error("A compaction run of {} failed", file, e.getCause());
            }
        } else {
            compactIfWasteful();
        }
    }

    private void startCompaction() {
        try (Connection connection = pool.getConnection()) {
            compaction = FileCompaction.of(connection);
        } catch (SQLException | RuntimeException e) {
            // Vigil works without it; the file then grows until the next opening tries again.
            log.error("File compaction is unavailable for {}", file, e);
            return;
        }
        compactIfWasteful();
    }

    /**
     * Queues a look at the file on the compaction thread: the writer returns at once, and measuring
     * the file (it waits for H2's chunk lock) never delays a save.
     */
    private void compactIfWasteful() {
        if (compaction != null && !damaged && compactionQueued.compareAndSet(false, true)) {
            try {
                compactionThread.execute(this::compactNow);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                compactionQueued.set(false);
            }
        }
    }

    private void compactNow() {
        compactionQueued.set(false);
        FileCompaction running = compaction;
        if (running != null && running.wasteful()) {
            compactSlices();
        }
    }

    /**
     * Slices until the file is near its data, each holding commits back only for itself. Also
     * callable on another thread (the benchmark, a test); slices never overlap.
     */
    public void compactSlices() {
        runSlices(false);
    }

    /**
     * Slices until the file is back under {@link FileCompaction#OVERDUE_RATIO} (the writer that
     * found it overdue waits for this, no longer: the rest of the run goes on in the background).
     */
    private void compactWhileOverdue() {
        runSlices(true);
    }

    private void runSlices(boolean whileOverdue) {
        long started = System.nanoTime();
        long before = fileSizeOnDisk();
        int slices = 0;
        boolean more = true;
        while (more && slices < FileCompaction.MAX_SLICES_PER_RUN && !damaged && !Thread.currentThread().isInterrupted()) {
            FileCompaction running = compaction;
            if (running == null) {
                return;
            }
            if (whileOverdue && !running.overdue()) {
                break;
            }
            chunkPlacement.writeLock().lock();
            try {
                if (compactionDeferred) {
                    break;
                }
                more = running.slice();
                slices++;
                compactionSlices.incrementAndGet();
            } catch (RuntimeException e) {
                compaction = null;
                log.error("Compacting {} failed; the file grows until Vigil opens it again", file, e);
                return;
            } finally {
                chunkPlacement.writeLock().unlock();
            }
        }
        if (slices > 0) {
            log.info("Compacted {} from {} to {} bytes in {} slices, {} ms", file, before, fileSizeOnDisk(), slices,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The file's size and how much of it live data takes (issue 16: at most twice the compacted size). */
    public FileCompaction.FileUse fileUse() {
        FileCompaction running = compaction;
        return running == null ? new FileCompaction.FileUse(fileSizeOnDisk(), fileSizeOnDisk()) : running.use();
    }

    /**
     * Runs with no commit and no compaction slice under way: what is on disk then is what a kill at
     * that moment would leave, and every commit seen is on the disk (a backup reads its head here;
     * tests take the file's image).
     */
    void betweenChunkWrites(Runnable look) {
        chunkPlacement.writeLock().lock();
        try {
            look.run();
        } finally {
            chunkPlacement.writeLock().unlock();
        }
    }

    /** Compaction slices run since opening, so a test can see compaction was active. */
    public long compactionSlices() {
        return compactionSlices.get();
    }

    private long fileSizeOnDisk() {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot read the size of " + file, e);
        }
    }

    /**
     * BENCHMARK ONLY ({@code vigil benchmark --clinic-years}, in its throwaway folder): from now
     * until this database is closed, {@link #write} commits without forcing the file to the disk,
     * and H2 gathers commits for up to {@code writeDelayMs} before writing them (SET WRITE_DELAY;
     * the URL's WRITE_DELAY=0 applies again at the next opening). Every transaction, audit event
     * and seal is written exactly as in the clinic; only a kill or a power cut could lose the last
     * of them. Years of generated history would otherwise take hours of fsyncs (about 4 ms each,
     * 35 per session). Never called on a clinic's data folder: the clinic's code paths do not reach it.
     */
    public void skipDiskSyncForGeneratedData(int writeDelayMs) {
        syncEachWrite = false;
        try (Handle handle = jdbi.open()) {
            handle.execute("SET WRITE_DELAY " + Math.max(0, writeDelayMs));
        } catch (JdbiException e) {
            throw damageOr(e, "Cannot set the write delay for generated data");
        }
    }

    /**
     * BENCHMARK ONLY ({@code vigil benchmark --clinic-years}, in its throwaway folder): from now
     * until this database is closed, writes do not start compaction; the benchmark compacts the
     * closed folder itself ({@link #compactClosed}). Generating a year in minutes writes a
     * thousand times faster than a clinic, so compaction sized for a clinic's day would otherwise
     * take most of the run. The benchmark writes its last weeks with compaction on, so the folder
     * it measures has the shape the clinic's own compaction gives it.
     */
    public void deferCompactionForGeneratedData() {
        compactionDeferred = true;
    }

    /** Reads in one consistent transaction; nothing is committed and nothing forced to disk. */
    public <T> T read(TransactionWork<T> work) {
        try (Handle handle = jdbi.open()) {
            handle.begin();
            try {
                return work.apply(new Transaction(handle, new Transaction.Sealing(chainKey, sealedTables, null)));
            } finally {
                handle.rollback();
            }
        } catch (JdbiException e) {
            throw damageOr(e, "Database read failed");
        }
    }

    /**
     * Reads in one snapshot: every statement sees the database as it was at the first, whatever
     * commits meanwhile. For the long reads of the integrity checks, which run while people work
     * (issue 16): under H2's default READ COMMITTED, an event committed between reading the chain
     * and reading its head, or a row changed between reading the seals and the rows, reads as a
     * cut chain or a record changed outside Vigil. A snapshot reader holds no lock: writes go on.
     */
    public <T> T readSnapshot(TransactionWork<T> work) {
        try (Handle handle = jdbi.open()) {
            handle.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            try {
                handle.begin();
                try {
                    return work.apply(new Transaction(handle, new Transaction.Sealing(chainKey, sealedTables, null)));
                } finally {
                    handle.rollback();
                }
            } finally {
                // The connection goes back to the pool: the next user gets the default again.
                handle.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
            }
        } catch (JdbiException e) {
            throw damageOr(e, "Database read failed");
        }
    }

    /**
     * A page that does not read back is damage, not a failed statement: from then on nothing is
     * written to the file (no write, no compaction at close), so a restore or an examination finds
     * it as it was.
     */
    private StoreException damageOr(JdbiException e, String failure) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            boolean corrupt = t instanceof org.h2.mvstore.MVStoreException
                    || t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                    || sql.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1);
            if (corrupt) {
                if (!damaged) {
                    log.error("The database file {} is damaged; nothing more will be written to it", file, e);
                }
                damaged = true;
                return new DatabaseDamagedException(file, RedactedFailure.of(e));
            }
        }
        return new StoreException(failure, RedactedFailure.of(e));
    }

    /** Whether a read found the file damaged since it was opened. */
    public boolean damaged() {
        return damaged;
    }

    /** How many writes have committed and synced since the database was opened; the benchmark prints it per board load. */
    public long syncedWrites() {
        return syncedWrites.get();
    }

    /** How many SQL statements have run since the database was opened (the benchmark prints it per load). */
    public long statements() {
        return statements.get();
    }

    /**
     * The plan H2 chose (its EXPLAIN) for every distinct query the work ran on this thread, in
     * the order first run: a plan names the index each table is read by, or {@code tableScan}
     * where the whole table is read. For the tests and benchmark that show a screen's reads do not
     * grow with the clinic's history (issue 16).
     */
    public List<String> queryPlans(Runnable work) {
        List<String> sql = new ArrayList<>();
        watched.set(sql);
        try {
            work.run();
        } finally {
            watched.remove();
        }
        List<String> queries = sql.stream().distinct()
                .filter(q -> q.stripLeading().regionMatches(true, 0, "SELECT", 0, 6)).toList();
        return read(tx -> {
            List<String> plans = new ArrayList<>();
            // Plain JDBC: H2 plans a statement without its parameters' values, Jdbi would insist on them.
            for (String q : queries) {
                try (java.sql.PreparedStatement explain = tx.handle().getConnection().prepareStatement("EXPLAIN " + q);
                     ResultSet rs = explain.executeQuery()) {
                    rs.next();
                    plans.add(rs.getString(1));
                } catch (SQLException e) {
                    throw new StoreException("Cannot explain a query", e);
                }
            }
            return plans;
        });
    }

    public Path file() {
        return file;
    }

    /**
     * The folder's secrets: the audit chain's key, and what a backup must carry for a restore on
     * another machine.
     */
    public FolderSecrets secrets() {
        return secrets;
    }

    /** What the opening found open to other accounts in the data folder, and closed. */
    public List<FolderPermissions.Loosened> loosenedPermissions() {
        return loosened;
    }

    /** Human description of where the data lives, for the status bar and logs. */
    public String mode() {
        return "H2";
    }

    @Override
    public void close() {
        boolean closedCleanly = false;
        // A slice under way finishes (it is short); none starts after this.
        compaction = null;
        compactionThread.shutdown();
        try {
            if (!compactionThread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                log.warn("A compaction slice of {} did not end within 10 s; closing anyway", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (damaged) {
            // Closed as a kill would: H2 writes nothing more (no compaction) to a damaged file.
            try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException e) {
                log.warn("Immediate shutdown of the damaged database {} failed", file, e);
            }
        } else {
            // No SHUTDOWN COMPACT: the file is kept near its data while Vigil runs (FileCompaction),
            // and rewriting ten years of records at every close would take seconds (issue 16, item 3).
            try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
                closedCleanly = true;
            } catch (SQLException e) {
                log.warn("Closing the database {} failed", file, e);
            }
        }
        pool.dispose();
        if (closedCleanly && !damaged) {
            // Issue 16: the next opening may skip its every-row read while the file stays exactly like this.
            CleanCloseMark.record(folder, file, chainKey);
        }
        FolderPermissions.closeNewFiles(folder);
        OPEN_IN_THIS_PROCESS.remove(folder);
        log.info("Closed database {}", file);
    }
}
