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

    private Database(JdbcConnectionPool pool, Path file, Path folder, FolderSecrets secrets) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        ColumnTypes.install(jdbi);
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.incrementAndGet();
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
     * Opens (and on first use creates) the database in the data folder.
     *
     * @throws DatabaseInUseException when another Vigil has the folder open
     * @throws DatabaseDamagedException when an existing file cannot be opened; it is left untouched
     */
    public static Database open(Path dataDir) {
        Path file = fileIn(dataDir);
        boolean exists = Files.exists(file);
        Path folder;
        try {
            Files.createDirectories(dataDir);
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
            return openPool(dataDir, file, exists, folder);
        } catch (RuntimeException e) {
            OPEN_IN_THIS_PROCESS.remove(folder);
            throw e;
        }
    }

    private static Database openPool(Path dataDir, Path file, boolean exists, Path folder) {
        // WRITE_DELAY=0: no committed transaction may wait in memory (durability).
        // AUTO_COMPACT_FILL_RATE=0: no background chunk moves. With them, SessionCrashTest lost the
        // last synced reading after a SIGKILL in 2 of 6 runs (same kill point); without, 0 of 6.
        // H2 still compacts when the database closes.
        // IFEXISTS: an existing install must never be silently replaced by a new empty file.
        String url = "jdbc:h2:file:" + dataDir.resolve(FILE_NAME).toAbsolutePath()
                + ";WRITE_DELAY=0;AUTO_COMPACT_FILL_RATE=0" + (exists ? ";IFEXISTS=TRUE" : "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "vigil", "");
        pool.setMaxConnections(8);
        Connection anchor = null;
        try {
            anchor = pool.getConnection();
            anchor.close();
        } catch (SQLException e) {
            pool.dispose();
            throw classify(dataDir, file, e);
        }
        FolderSecrets secrets;
        try {
            secrets = secretsOf(dataDir, pool, exists);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        Database database = new Database(pool, file, folder, secrets);
        try {
            database.migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new DatabaseDamagedException(file, e);
        }
        database.checkProtections();
        log.info("Opened database {}", file);
        return database;
    }

    /**
     * Builds a new database file in {@code dataDir} from a script written by {@code SCRIPT TO}
     * (for the backup copy), and closes it so that the file is complete on disk.
     */
    static void runScriptInto(Path dataDir, Path script) {
        String url = "jdbc:h2:file:" + dataDir.resolve(FILE_NAME).toAbsolutePath() + ";WRITE_DELAY=0";
        try (Connection connection = java.sql.DriverManager.getConnection(url, "vigil", "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath().toString().replace("'", "''") + "' COMPRESSION ZIP");
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreException("Cannot build the backup copy from " + script, e);
        }
    }

    private static StoreException classify(Path dataDir, Path file, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new DatabaseInUseException(dataDir, e);
            default -> new DatabaseDamagedException(file, e);
        };
    }

    /**
     * The folder's secrets from the user's key ring; a folder without them (new, or from a Vigil
     * that kept none) gets new ones. An existing chain is keyed from its next event on.
     */
    private static FolderSecrets secretsOf(Path dataDir, JdbcConnectionPool pool, boolean exists) {
        KeyRing ring = KeyRing.forThisUser();
        Optional<String> folderId = KeyRing.folderIdOf(dataDir);
        if (folderId.isPresent()) {
            return ring.find(folderId.get()).orElseThrow(() -> new StoreException(
                    "The key of data folder " + dataDir + " (" + folderId.get() + ") is not in the key ring " + ring.location(), null));
        }
        long head = 0;
        if (exists) {
            try (Connection connection = pool.getConnection(); Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT seq FROM audit_head WHERE id = 1")) {
                head = rs.next() ? rs.getLong(1) : 0;
            } catch (SQLException e) {
                // A database of a Vigil before the audit trail: nothing to key.
                log.debug("No audit head in {}", dataDir, e);
            }
        }
        return ring.create(dataDir, head + 1);
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
        try (Connection connection = pool.getConnection()) {
            connection.setReadOnly(true);
            List<SealedTables.RowFinding> findings = new ArrayList<>();
            long rows = SealedTables.check(connection, chainKey, findings::add);
            return new SealedTables.RowCheck(rows, findings);
        } catch (SQLException e) {
            throw new StoreException("Cannot check the rows of " + file, e);
        }
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
        }
        checkProtections();
    }

    public ChainKey chainKey() {
        return chainKey;
    }

    public FolderSecrets secrets() {
        return secrets;
    }

    /**
     * One transaction: the work, then commit, then a synchronous checkpoint so the commit is on
     * the disk before the caller tells anyone it is saved. Anything thrown rolls everything back.
     */
    public <T> T write(TransactionWork<T> work) {
        if (!missingProtections.isEmpty()) {
            throw new WritesHeldException(missingProtections);
        }
        RowChanges changes = new RowChanges();
        RowChanges outer = RowChanges.begin(changes);
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
            handle.execute("CHECKPOINT SYNC");
            syncedWrites.incrementAndGet();
            return result;
        } catch (JdbiException e) {
            throw new StoreException("Database write failed", e);
        } finally {
            RowChanges.end(outer);
        }
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
            throw new StoreException("Database read failed", e);
        }
    }

    /** How many writes have committed and synced since the database was opened; the benchmark prints it per board load. */
    public long syncedWrites() {
        return syncedWrites.get();
    }

    /** How many SQL statements have run since the database was opened (the benchmark prints it per load). */
    public long statements() {
        return statements.get();
    }

    public Path file() {
        return file;
    }

    /** Human description of where the data lives, for the status bar and logs. */
    public String mode() {
        return "H2";
    }

    @Override
    public void close() {
        pool.dispose();
        OPEN_IN_THIS_PROCESS.remove(folder);
        log.info("Closed database {}", file);
    }
}
