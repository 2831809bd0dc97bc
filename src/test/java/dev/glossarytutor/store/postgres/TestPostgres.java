package dev.glossarytutor.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL store in a schema of its own on the test server, dropped on {@link #close()}.
 * The server is {@code TUTOR_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test},
 * user {@code TUTOR_TEST_POSTGRES_USER}, default {@code postgres}, password
 * {@code TUTOR_TEST_POSTGRES_PASSWORD}, default none). The tests are skipped only when no server answers
 * there; a server that answers and refuses the login fails them.
 */
public final class TestPostgres implements AutoCloseable {
    public static final String URL = env("TUTOR_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("TUTOR_TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = System.getenv("TUTOR_TEST_POSTGRES_PASSWORD");
    private static Boolean answers;

    private final String schema;
    private final PostgresStore store;

    private TestPostgres(String schema, PostgresStore store) {
        this.schema = schema;
        this.store = store;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Skips the calling test, saying why, when no PostgreSQL server answers at {@link #URL}. */
    public static synchronized void assumeServer() {
        if (answers == null) {
            try (Connection ignored = connect(URL)) {
                answers = true;
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("08")) {
                    throw new IllegalStateException("PostgreSQL answers at " + URL + " but refuses the tests: "
                            + e.getMessage(), e);
                }
                answers = false;
            }
        }
        Assumptions.assumeTrue(answers, () -> "no PostgreSQL server answers at " + URL
                + "; PostgreSQL store tests skipped (start one, e.g. pg_ctlcluster --skip-systemctl-redirect 15 main start,"
                + " or point TUTOR_TEST_POSTGRES_URL at one)");
    }

    private static Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        if (PASSWORD != null) {
            props.setProperty("password", PASSWORD);
        }
        props.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(url, props);
    }

    /** The URL of a schema: the test server's URL with {@code currentSchema} set. */
    public static String urlOf(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Creates an empty schema (or skips the test when no server answers); Flyway migrates it when opened. */
    public static String createSchema() {
        assumeServer();
        String schema = "tutor_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    public static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(String sql) {
        try (Connection c = connect(URL); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A migrated store in a new schema. */
    public static TestPostgres fresh() {
        String schema = createSchema();
        try {
            return new TestPostgres(schema, PostgresStore.open(login(schema)));
        } catch (RuntimeException e) {
            dropSchema(schema);
            throw e;
        }
    }

    public static PostgresDatabase.Login login(String schema) {
        return new PostgresDatabase.Login(urlOf(schema), USER, PASSWORD, 4);
    }

    public String schema() {
        return schema;
    }

    public PostgresStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
        dropSchema(schema);
    }
}
