package dev.glossarytutor.app;

import dev.glossarytutor.config.Config;
import dev.glossarytutor.config.ConfigException;
import dev.glossarytutor.config.DatabaseConfig;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.config.Secret;
import dev.glossarytutor.store.Store;
import dev.glossarytutor.store.postgres.PostgresDatabase;
import dev.glossarytutor.store.postgres.PostgresStore;
import dev.glossarytutor.store.sqlite.SqliteStore;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the store the configuration names: PostgreSQL when {@code TUTOR_DATABASE_URL} is set, else SQLite. */
final class Stores {
    private static final Logger log = LoggerFactory.getLogger(Stores.class);
    /** The prefix of a SQLite location on the command line ({@code migrate-store --from sqlite:PATH}). */
    static final String SQLITE_PREFIX = "sqlite:";

    private Stores() {
    }

    static Store open(Config config) {
        Store store = config.database().<Store>map(Stores::postgres)
                .orElseGet(() -> SqliteStore.open(config.databaseFile()));
        log.info("State is kept in {}", store.description());
        return store;
    }

    static PostgresStore postgres(DatabaseConfig database) {
        return PostgresStore.open(new PostgresDatabase.Login(database.url(), database.user().orElse(null),
                database.password().map(Secret::reveal).orElse(null), database.poolSize()));
    }

    /**
     * A store named on the command line: {@code sqlite:PATH}, or a PostgreSQL JDBC URL whose user and
     * password come from the environment ({@code TUTOR_DATABASE_USER}, {@code TUTOR_DATABASE_PASSWORD} or
     * {@code _FILE}), never from the command line.
     */
    static Store open(String location, Env env) {
        if (location.startsWith(SQLITE_PREFIX)) {
            String path = location.substring(SQLITE_PREFIX.length());
            if (path.isBlank()) {
                throw new ConfigException("sqlite: needs a file, e.g. sqlite:data/tutor.db");
            }
            return SqliteStore.open(Path.of(path));
        }
        if (location.startsWith(DatabaseConfig.URL_PREFIX)) {
            return postgres(new DatabaseConfig(location, env.get("TUTOR_DATABASE_USER"),
                    env.secret("TUTOR_DATABASE_PASSWORD"), env.getInt("TUTOR_DATABASE_POOL_SIZE", 10, 1, 100)));
        }
        throw new ConfigException("a store is sqlite:PATH or " + DatabaseConfig.URL_PREFIX + "host/database, not '"
                + (location.contains("?") ? location.substring(0, location.indexOf('?')) : location) + "'");
    }
}
