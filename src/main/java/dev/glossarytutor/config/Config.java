package dev.glossarytutor.config;

import dev.glossarytutor.match.EmbeddingChoice;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings of the whole process, read once at start-up from the environment. Feature settings
 * (Discord, LLM, quiz) live in their own records beside this one.
 *
 * @param dataDir      runtime state: the SQLite files and logs ({@code TUTOR_DATA_DIR}, default {@code ./data})
 * @param glossaryPath the glossary folder or file, or a folder of them, one per course ({@code TUTOR_GLOSSARY},
 *                     default {@code glossary/})
 * @param discordToken the bot token ({@code DISCORD_TOKEN} or {@code DISCORD_TOKEN_FILE}); absent runs the console
 * @param embeddings   the in-process embedding model ({@code TUTOR_EMBEDDING_MODEL}), chosen by measurement
 * @param database     a PostgreSQL database ({@code TUTOR_DATABASE_URL} and its user and password); absent
 *                     keeps the state in the SQLite file under {@code dataDir}
 * @param defaultCourse the glossary of servers whose instructor chose none ({@code TUTOR_GLOSSARY_DEFAULT}), when
 *                     {@code glossaryPath} holds several; absent: the first by name
 */
public record Config(Path dataDir, Path glossaryPath, Optional<Secret> discordToken, EmbeddingChoice embeddings,
        Optional<DatabaseConfig> database, Optional<String> defaultCourse) {

    public Config(Path dataDir, Path glossaryPath, Optional<Secret> discordToken, EmbeddingChoice embeddings,
                  Optional<DatabaseConfig> database) {
        this(dataDir, glossaryPath, discordToken, embeddings, database, Optional.empty());
    }

    public Config(Path dataDir, Path glossaryPath, Optional<Secret> discordToken) {
        this(dataDir, glossaryPath, discordToken, EmbeddingChoice.DEFAULT);
    }

    public Config(Path dataDir, Path glossaryPath, Optional<Secret> discordToken, EmbeddingChoice embeddings) {
        this(dataDir, glossaryPath, discordToken, embeddings, Optional.empty());
    }

    public static Config from(Env env) {
        String model = env.get("TUTOR_EMBEDDING_MODEL", EmbeddingChoice.DEFAULT.id());
        EmbeddingChoice embeddings;
        try {
            embeddings = EmbeddingChoice.byId(model);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("TUTOR_EMBEDDING_MODEL: " + e.getMessage());
        }
        return new Config(
                Path.of(env.get("TUTOR_DATA_DIR", "data")),
                Path.of(env.get("TUTOR_GLOSSARY", "glossary")),
                env.secret("DISCORD_TOKEN"),
                embeddings,
                DatabaseConfig.from(env),
                Optional.of(env.get("TUTOR_GLOSSARY_DEFAULT", "")).filter(s -> !s.isBlank()));
    }

    /** The SQLite file, used when no PostgreSQL database is configured. */
    public Path databaseFile() {
        return dataDir.resolve("tutor.db");
    }

    /** Definition embeddings kept between runs; safe to delete, it is rebuilt. */
    public Path embeddingCacheFile() {
        return dataDir.resolve("embeddings.db");
    }
}
