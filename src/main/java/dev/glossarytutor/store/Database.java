package dev.glossarytutor.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded SQLite store. One connection serves the whole process: SQLite allows a single
 * writer anyway, and a lock around each transaction keeps concurrent callers (quiz answers from
 * many channels) from interleaving. WAL lets readers in other processes see committed data.
 * Every {@link #inTransaction} call commits or rolls back as a unit, so a crash never loses an
 * answer that was acknowledged.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final String description;

    private Database(Connection connection, String description) {
        this.connection = connection;
        this.description = description;
    }

    /** Opens (creating if needed) the database file and applies the migrations not yet applied. */
    public static Database open(Path file, List<Migration> migrations) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return open("jdbc:sqlite:" + file.toAbsolutePath(), file.toString(), migrations);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + file, e);
        }
    }

    /** A private in-memory database, for tests and tools that need no persistence. */
    public static Database inMemory(List<Migration> migrations) {
        return open("jdbc:sqlite::memory:", ":memory:", migrations);
    }

    private static Database open(String url, String description, List<Migration> migrations) {
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
            Database db = new Database(connection, description);
            db.migrate(migrations);
            return db;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e); // not a database, or a migration failed: release the file
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("cannot open the database " + description + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void migrate(List<Migration> migrations) {
        inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                        + "name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
            }
            return null;
        });
        for (Migration m : migrations) {
            inTransaction(c -> {
                try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM schema_migrations WHERE name = ?")) {
                    check.setString(1, m.name());
                    if (check.executeQuery().next()) {
                        return null;
                    }
                }
                try (Statement st = c.createStatement()) {
                    for (String sql : m.sql().split(";")) {
                        if (!sql.isBlank()) {
                            st.execute(sql);
                        }
                    }
                }
                try (PreparedStatement mark = c.prepareStatement("INSERT INTO schema_migrations(name) VALUES (?)")) {
                    mark.setString(1, m.name());
                    mark.executeUpdate();
                }
                log.info("Applied migration {} to {}", m.name(), description);
                return null;
            });
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
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
}
