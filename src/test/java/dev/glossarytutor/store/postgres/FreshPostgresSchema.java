package dev.glossarytutor.store.postgres;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated PostgreSQL store in a schema of its own for each test, dropped after it (or the test
 * skipped, saying why, when no server answers). Register it as a field:
 * {@code @RegisterExtension final FreshPostgresSchema pg = new FreshPostgresSchema();}. It opens before
 * the test class's {@code @BeforeEach} methods run and closes after its {@code @AfterEach} methods.
 */
public final class FreshPostgresSchema implements BeforeEachCallback, AfterEachCallback {
    private TestPostgres current;

    @Override
    public void beforeEach(ExtensionContext context) {
        current = TestPostgres.fresh();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** This test's store. */
    public PostgresStore store() {
        return opened().store();
    }

    /** This test's schema, for a second store on it ({@link TestPostgres#login}). */
    public String schema() {
        return opened().schema();
    }

    private TestPostgres opened() {
        if (current == null) {
            throw new IllegalStateException("no schema outside a test: use the store from a test or @BeforeEach method");
        }
        return current;
    }
}
