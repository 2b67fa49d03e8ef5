package org.vigil.store;

import java.nio.file.Files;
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

    private Database(JdbcConnectionPool pool, Path file, Path folder) {
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
        Database database = new Database(pool, file, folder);
        try {
            database.migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new DatabaseDamagedException(file, e);
        }
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

    private void migrate() {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /**
     * One transaction: the work, then commit, then a synchronous checkpoint so the commit is on
     * the disk before the caller tells anyone it is saved. Anything thrown rolls everything back.
     */
    public <T> T write(TransactionWork<T> work) {
        try (Handle handle = jdbi.open()) {
            T result = handle.inTransaction(h -> work.apply(new Transaction(h)));
            handle.execute("CHECKPOINT SYNC");
            syncedWrites.incrementAndGet();
            return result;
        } catch (JdbiException e) {
            throw new StoreException("Database write failed", e);
        }
    }

    /** Reads in one consistent transaction; nothing is committed and nothing forced to disk. */
    public <T> T read(TransactionWork<T> work) {
        try (Handle handle = jdbi.open()) {
            handle.begin();
            try {
                return work.apply(new Transaction(handle));
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
