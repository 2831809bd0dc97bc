package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.store.SqlDatabase;
import dev.glossarytutor.store.SqlWork;
import dev.glossarytutor.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.slf4j.LoggerFactory;

/**
 * The embedded SQLite store. One connection serves the whole process: SQLite allows a single
 * writer anyway, and a lock around each transaction keeps concurrent callers (quiz answers from
 * many channels) from interleaving. WAL lets readers in other processes see committed data.
 * Every {@link #inTransaction} call commits or rolls back as a unit, so a crash never loses an
 * answer that was acknowledged; a call made inside another joins the outer one.
 *
 * <p>Flyway applies the scripts in {@code db/migration/sqlite} when the file is opened. A file made
 * before Flyway (it has the old {@code schema_migrations} table and no Flyway history) is baselined at
 * version 0, and every script, written with {@code IF NOT EXISTS}, runs on it once without touching
 * its data. The old table is left in place so that an older build can still open the file.
 *
 * <p>Several processes may share one file. The connection opens with {@code busy_timeout} already
 * set, so no statement, not even {@code PRAGMA journal_mode=WAL}, fails at once on a locked file.
 * Switching to WAL and migrating run under an exclusive file lock ({@code <file>.lock} beside the
 * database), so processes starting together migrate one after another, and every transaction,
 * Flyway's included, begins {@code IMMEDIATE}: it takes the write lock up front instead of upgrading a
 * read snapshot later, which SQLite refuses with {@code SQLITE_BUSY_SNAPSHOT}. A transaction that
 * cannot begin because another process writes is retried a bounded number of times, then fails.
 */
public final class SqliteDatabase implements SqlDatabase {
    private static final org.slf4j.Logger log = LoggerFactory.getLogger(SqliteDatabase.class);
    /**
     * Where this database's migration scripts are: its own folder, and the scripts it shares with
     * PostgreSQL ({@code common}, plain {@code TEXT}/{@code INTEGER} tables). Flyway checks a script by
     * version and checksum, not folder, so files moved between the two stay applied.
     */
    public static final String[] MIGRATIONS = {"classpath:db/migration/sqlite", "classpath:db/migration/common"};
    /** How long SQLite waits for another process's write lock before a statement gives up. */
    static final int BUSY_TIMEOUT_MS = 5_000;
    /** How many times a transaction tries to begin while another process holds the write lock. */
    static final int BEGIN_ATTEMPTS = 4;
    /** File locks belong to the process; this keeps two opens in one process from overlapping theirs. */
    private static final ReentrantLock STARTING = new ReentrantLock();

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final String description;
    private boolean inTransaction;

    private final int busyTimeoutMs;

    private SqliteDatabase(Connection connection, String description, int busyTimeoutMs) {
        this.busyTimeoutMs = busyTimeoutMs;
        this.connection = connection;
        this.description = description;
    }

    /** Opens (creating if needed) the database file and applies the migrations not yet applied. */
    public static SqliteDatabase open(Path file) {
        return open(file, BUSY_TIMEOUT_MS);
    }

    /** As {@link #open(Path)}, waiting at most {@code busyTimeoutMs} per attempt for another process's lock. */
    static SqliteDatabase open(Path file, int busyTimeoutMs) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path lockFile = file.toAbsolutePath().resolveSibling(file.getFileName() + ".lock");
            return open("jdbc:sqlite:" + file.toAbsolutePath(), file.toString(), Optional.of(lockFile), busyTimeoutMs);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + file, e);
        }
    }

    /** A private in-memory database, for tests and tools that need no persistence. */
    public static SqliteDatabase inMemory() {
        return open("jdbc:sqlite::memory:", ":memory:", Optional.empty(), BUSY_TIMEOUT_MS);
    }

    private static SqliteDatabase open(String url, String description, Optional<Path> lockFile, int busyTimeoutMs) {
        SQLiteConfig settings = new SQLiteConfig();
        settings.setBusyTimeout(busyTimeoutMs); // applied as the file opens, before any statement
        settings.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE); // Flyway's transactions too
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, settings.toProperties());
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + description + ": " + e.getMessage(), e);
        }
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA busy_timeout=" + busyTimeoutMs);
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("PRAGMA foreign_keys=ON");
            }
            STARTING.lock();
            try (StartLock ignored = lockFile.isPresent() ? StartLock.acquire(lockFile.get()) : null) {
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA journal_mode=WAL");
                }
                migrate(connection, description);
            } finally {
                STARTING.unlock();
            }
            return new SqliteDatabase(connection, description, busyTimeoutMs);
        } catch (IOException e) {
            closeQuietly(connection, e);
            throw new StoreException("cannot lock " + lockFile.orElseThrow() + " to migrate " + description + ": "
                    + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e); // not a database, or a migration failed: release the file
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("cannot open the database " + description + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(Connection connection, String description) {
        var result = Flyway.configure(SqliteDatabase.class.getClassLoader())
                .dataSource(new OneConnection(connection))
                .locations(MIGRATIONS)
                .baselineOnMigrate(true) // a file made before Flyway: see the class comment
                .baselineVersion("0")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Applied {} migration(s) to {}, now at version {}", result.migrationsExecuted, description,
                    result.targetSchemaVersion);
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it. Called inside
     * another transaction on the same thread, it joins that one.
     */
    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            if (inTransaction) {
                return work.run(connection);
            }
            begin();
            inTransaction = true;
            try {
                T result = work.run(connection);
                execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw e;
            } finally {
                inTransaction = false;
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code BEGIN IMMEDIATE}: takes the write lock now, waiting up to the busy timeout for another
     * process to finish, and tries again a bounded number of times. Nothing has run yet when it
     * fails, so trying again is safe. Explicit statements, not JDBC's auto-commit switch, because
     * the driver's {@code commit()} begins the next transaction at once and could report a busy
     * database for a transaction that was in fact committed.
     */
    private void begin() throws SQLException {
        for (int attempt = 1;; attempt++) {
            try {
                execute("BEGIN IMMEDIATE");
                return;
            } catch (SQLException e) {
                if (!isBusy(e) || attempt >= BEGIN_ATTEMPTS) {
                    if (isBusy(e)) {
                        throw new StoreException("the database " + description + " stayed locked by another process for "
                                + attempt + " x " + busyTimeoutMs + " ms; gave up", e);
                    }
                    throw e;
                }
                log.warn("The database {} is locked by another process; trying again ({} of {})", description, attempt + 1,
                        BEGIN_ATTEMPTS);
            }
        }
    }

    /** SQLITE_BUSY or SQLITE_LOCKED, in any of their extended forms (BUSY_SNAPSHOT, ...). */
    static boolean isBusy(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == 5 || primary == 6;
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private void rollback(Exception cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                cause.addSuppressed(e);
            }
        }
    }

    /** SQLite compares text with BINARY collation unless told otherwise: by code point already. */
    @Override
    public String byCodePoint(String column) {
        return column;
    }

    /** Runs read-only {@code work}; it sees a consistent snapshot because it runs in a transaction. */
    @Override
    public <T> T read(SqlWork<T> work) {
        return inTransaction(work);
    }

    /** Runs {@code work}, whose repository calls all join one transaction. */
    @Override
    public void run(Runnable work) {
        inTransaction(c -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing {} failed: {}", description, e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /**
     * The start-up lock across processes: {@code <database>.lock}, an empty file that stays beside the
     * database. The lock goes with the channel, and with the process if it dies.
     */
    private record StartLock(FileChannel channel) implements AutoCloseable {
        /** Blocks until this process holds the lock. */
        static StartLock acquire(Path lockFile) throws IOException {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                channel.lock();
                return new StartLock(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /**
     * Hands Flyway the one connection (an in-memory database exists only on it) and ignores Flyway's
     * close, so the connection outlives the migration.
     */
    private record OneConnection(Connection connection) implements DataSource {
        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getLogger("dev.glossarytutor.store");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
