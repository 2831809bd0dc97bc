package dev.glossarytutor.config;

import java.util.Optional;

/**
 * Where the state lives when it is not the SQLite file under {@code TUTOR_DATA_DIR}: a PostgreSQL
 * database, shared by every process (e.g. Discord shards) pointed at it. {@code toString} shows
 * neither the password nor the URL's options.
 *
 * @param url      {@code TUTOR_DATABASE_URL}: {@code jdbc:postgresql://host[:port]/database}
 * @param user     {@code TUTOR_DATABASE_USER}; absent takes the driver's default
 * @param password {@code TUTOR_DATABASE_PASSWORD} or the file named by {@code TUTOR_DATABASE_PASSWORD_FILE}
 * @param poolSize {@code TUTOR_DATABASE_POOL_SIZE}: the most connections one process opens (default 10)
 */
public record DatabaseConfig(String url, Optional<String> user, Optional<Secret> password, int poolSize) {
    public static final String URL_PREFIX = "jdbc:postgresql://";

    public DatabaseConfig {
        if (!url.startsWith(URL_PREFIX) || url.length() == URL_PREFIX.length()) {
            throw new ConfigException("TUTOR_DATABASE_URL must be a PostgreSQL JDBC URL, "
                    + URL_PREFIX + "host[:port]/database; got '" + withoutOptions(url) + "'");
        }
    }

    /** The PostgreSQL settings, or empty (SQLite) when {@code TUTOR_DATABASE_URL} is not set. */
    public static Optional<DatabaseConfig> from(Env env) {
        Optional<String> url = env.get("TUTOR_DATABASE_URL");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseConfig(url.get(), env.get("TUTOR_DATABASE_USER"),
                env.secret("TUTOR_DATABASE_PASSWORD"), env.getInt("TUTOR_DATABASE_POOL_SIZE", 10, 1, 100)));
    }

    private static String withoutOptions(String url) {
        int options = url.indexOf('?');
        return options < 0 ? url : url.substring(0, options) + "?…";
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + withoutOptions(url) + ", user=" + user.orElse("(default)") + ", password="
                + password.map(Secret::toString).orElse("(none)") + ", poolSize=" + poolSize + "]";
    }
}
