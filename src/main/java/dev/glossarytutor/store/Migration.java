package dev.glossarytutor.store;

import java.util.Objects;

/**
 * One schema change. Migrations are identified by name, not by number, so that each feature
 * package can own its tables without coordinating version numbers with the others; they run
 * once each, in the order given to {@link Database#open}.
 *
 * @param name a stable, unique name such as {@code "quiz-001-scores"}
 * @param sql  one or more statements separated by semicolons
 */
public record Migration(String name, String sql) {
    public Migration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        if (name.isBlank()) {
            throw new IllegalArgumentException("migration name must not be blank");
        }
    }
}
