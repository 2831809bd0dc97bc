package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.quiz.UnitOfWork;
import dev.glossarytutor.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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
 */
public final class SqliteDatabase implements UnitOfWork, AutoCloseable {
    private static final org.slf4j.Logger log = LoggerFactory.getLogger(SqliteDatabase.class);
    /**
     * Where this database's migration scripts are: its own folder, and the scripts it shares with
     * PostgreSQL ({@code common}, plain {@code TEXT}/{@code INTEGER} tables). Flyway checks a script by
     * version and checksum, not folder, so files moved between the two stay applied.
     */
    public static final String[] MIGRATIONS = {"classpath:db/migration/sqlite", "classpath:db/migration/common"};

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final String description;
    private boolean inTransaction;

    private SqliteDatabase(Connection connection, String description) {
        this.connection = connection;
        this.description = description;
    }

    /** Opens (creating if needed) the database file and applies the migrations not yet applied. */
    public static SqliteDatabase open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return open("jdbc:sqlite:" + file.toAbsolutePath(), file.toString());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + file, e);
        }
    }

    /** A private in-memory database, for tests and tools that need no persistence. */
    public static SqliteDatabase inMemory() {
        return open("jdbc:sqlite::memory:", ":memory:");
    }

    private static SqliteDatabase open(String url, String description) {
        Connection connection;
        try {
            connection = DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + description + ": " + e.getMessage(), e);
        }
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("PRAGMA foreign_keys=ON");
                st.execute("PRAGMA busy_timeout=5000");
            }
            migrate(connection, description);
            return new SqliteDatabase(connection, description);
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
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            if (inTransaction) {
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            inTransaction = true;
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                inTransaction = false;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs read-only {@code work}; it sees a consistent snapshot because it runs in a transaction. */
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
