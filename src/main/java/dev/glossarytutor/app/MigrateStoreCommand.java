package dev.glossarytutor.app;

import dev.glossarytutor.config.ConfigException;
import dev.glossarytutor.config.DatabaseConfig;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.store.migrate.StoreMigration;
import dev.glossarytutor.store.postgres.PostgresStore;
import dev.glossarytutor.store.sqlite.SqliteStore;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate-store --from sqlite:PATH --to jdbc:postgresql://host/db}: copies a course's state into
 * an empty PostgreSQL database and checks every table's row count. The PostgreSQL user and password
 * come from the environment, as for the bot.
 */
@Command(name = "migrate-store", mixinStandardHelpOptions = true,
        description = {"Copy all state (scores, Leitner cards, terms of the day, the coverage log, open quiz messages) "
                + "from a SQLite file into an empty PostgreSQL database, one transaction per table, and verify the row counts.",
                "The PostgreSQL user and password come from TUTOR_DATABASE_USER and TUTOR_DATABASE_PASSWORD "
                        + "(or TUTOR_DATABASE_PASSWORD_FILE). Stop the bot first."})
final class MigrateStoreCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "sqlite:PATH", description = "The SQLite data file.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "jdbc:postgresql://HOST[:PORT]/DB",
            description = "The PostgreSQL database (its tables are created if missing; they must be empty).")
    String to;

    /** The environment the credentials come from; tests hand in their own. */
    Env env = Env.system();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() {
        if (!from.startsWith(Stores.SQLITE_PREFIX)) {
            throw new ConfigException("--from must be sqlite:PATH (the data file, e.g. sqlite:data/tutor.db)");
        }
        Path file = Path.of(from.substring(Stores.SQLITE_PREFIX.length()));
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("--from names no file: " + file);
        }
        if (!to.startsWith(DatabaseConfig.URL_PREFIX)) {
            throw new ConfigException("--to must be a PostgreSQL JDBC URL, " + DatabaseConfig.URL_PREFIX + "host/database");
        }
        DatabaseConfig target = new DatabaseConfig(to, env.get("TUTOR_DATABASE_USER"),
                env.secret("TUTOR_DATABASE_PASSWORD"), 2);
        try (SqliteStore source = SqliteStore.open(file); PostgresStore destination = Stores.postgres(target)) {
            out.println("Copying " + source.description() + " to " + destination.description() + " ...");
            List<StoreMigration.Copied> copied = StoreMigration.copy(source.database(), destination.database(),
                    c -> out.println("  " + c));
            long rows = copied.stream().mapToLong(StoreMigration.Copied::target).sum();
            if (copied.stream().allMatch(StoreMigration.Copied::matches)) {
                out.println("Copied " + rows + " row(s) in " + copied.size() + " tables; every count matches. "
                        + "Set TUTOR_DATABASE_URL to use it.");
                return 0;
            }
            out.println("Row counts differ (see MISMATCH above); do not switch to the new database.");
            return 1;
        }
    }
}
