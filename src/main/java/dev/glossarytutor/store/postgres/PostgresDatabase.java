package dev.glossarytutor.store.postgres;

import dev.glossarytutor.store.SqlDatabase;
import dev.glossarytutor.store.SqlWork;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.glossarytutor.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL store: a HikariCP pool of connections to one database, which several processes
 * (e.g. Discord shards) may share. Every {@link #inTransaction} call borrows a connection, commits
 * or rolls back as a unit and returns it; a call made inside another on the same thread joins the
 * outer one, as on SQLite. Transactions run at PostgreSQL's READ COMMITTED; the repositories write
 * with single-statement upserts and row locks, so concurrent writers from other processes are safe.
 *
 * <p>Flyway applies {@code db/migration/postgresql} and the scripts shared with SQLite,
 * {@code db/migration/common}, when the pool opens; it holds PostgreSQL's advisory lock meanwhile, so
 * two processes starting together migrate once. Credentials go to the pool and nowhere else: the
 * {@link #description()} names only host, port and database.
 */
public final class PostgresDatabase implements SqlDatabase {
    private static final Logger log = LoggerFactory.getLogger(PostgresDatabase.class);
    /** The PostgreSQL scripts, and those shared with SQLite. */
    public static final String[] MIGRATIONS = {"classpath:db/migration/postgresql", "classpath:db/migration/common"};
    /** The only URLs accepted: the PostgreSQL JDBC driver's. */
    public static final String URL_PREFIX = "jdbc:postgresql://";

    private final HikariDataSource pool;
    private final String description;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    private PostgresDatabase(HikariDataSource pool, String description) {
        this.pool = pool;
        this.description = description;
    }

    /**
     * How to reach the database. {@code toString} shows no password.
     *
     * @param url      {@code jdbc:postgresql://host[:port]/database[?options]}
     * @param user     the role, or null to take the driver's default (or the URL's {@code user=})
     * @param password the password, or null (trust or peer authentication, or a password in the URL)
     * @param poolSize the most connections this process opens
     */
    public record Login(String url, String user, String password, int poolSize) {
        public Login {
            Objects.requireNonNull(url, "url");
            if (!url.startsWith(URL_PREFIX)) {
                throw new IllegalArgumentException("not a PostgreSQL JDBC URL (" + URL_PREFIX + "host/database)");
            }
            if (poolSize < 1) {
                throw new IllegalArgumentException("the pool needs at least one connection");
            }
        }

        @Override
        public String toString() {
            return "Login[" + describe(url) + ", user=" + user + ", password=" + (password == null ? "none" : "****")
                    + ", poolSize=" + poolSize + "]";
        }
    }

    /** Opens the pool, checks that the server answers, and applies the migrations not yet applied. */
    public static PostgresDatabase open(Login login) {
        String description = describe(login.url());
        HikariConfig config = new HikariConfig();
        config.setPoolName("glossary-tutor-db");
        config.setJdbcUrl(login.url());
        if (login.user() != null) {
            config.setUsername(login.user());
        }
        if (login.password() != null) {
            config.setPassword(login.password());
        }
        config.setMaximumPoolSize(login.poolSize());
        config.setMinimumIdle(Math.min(2, login.poolSize()));
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000); // fail at start-up, not at the first quiz answer
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + description + ": " + rootMessage(e), e);
        }
        try {
            var result = Flyway.configure(PostgresDatabase.class.getClassLoader())
                    .dataSource(pool)
                    .locations(MIGRATIONS)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                log.info("Applied {} migration(s) to {}, now at version {}", result.migrationsExecuted, description,
                        result.targetSchemaVersion);
            }
            return new PostgresDatabase(pool, description);
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot migrate " + description + ": " + rootMessage(e), e);
        }
    }

    /** {@code PostgreSQL host:port/database}: the URL without its options, which may hold credentials. */
    static String describe(String url) {
        String rest = url.startsWith(URL_PREFIX) ? url.substring(URL_PREFIX.length()) : url;
        int options = rest.indexOf('?');
        if (options >= 0) {
            rest = rest.substring(0, options);
        }
        int at = rest.lastIndexOf('@'); // never show user:password@ even though the driver ignores it
        if (at >= 0) {
            rest = rest.substring(at + 1);
        }
        return "PostgreSQL " + rest;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    public String description() {
        return description;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it. Called inside
     * another transaction on the same thread, it joins that one.
     */
    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw new StoreException("database error: " + e.getMessage(), e);
            }
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    /** The database's default collation may be a locale's; "C" is by code point, as SQLite's BINARY. */
    @Override
    public String byCodePoint(String column) {
        return column + " COLLATE \"C\"";
    }

    /** Runs read-only {@code work} in a transaction, so it sees one snapshot per statement at least. */
    @Override
    public <T> T read(SqlWork<T> work) {
        return inTransaction(work);
    }

    /** Runs {@code work}, whose repository calls on this thread all join one transaction. */
    @Override
    public void run(Runnable work) {
        inTransaction(c -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        pool.close();
    }
}
