package dev.glossarytutor.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.match.EmbeddingModelId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteEmbeddingCacheTest {
    private static final EmbeddingModelId BGE = new EmbeddingModelId("bge-small-en-v1.5", "abc123", 4);
    private static final float[] UNIT = {0.5f, 0.5f, 0.5f, 0.5f};
    private static final float[] OTHER_UNIT = {1f, 0f, 0f, 0f};

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("embeddings.db");
    }

    @Test
    void find_shouldReturnSavedVectors_when_reopenedByAnotherRun() {
        // GIVEN one run stored two vectors
        try (SqliteEmbeddingCache cache = SqliteEmbeddingCache.open(file())) {
            cache.save(BGE, Map.of("A definition.", UNIT, "Another one.", OTHER_UNIT));
        }

        // WHEN the next run opens the same file and asks for them and a new text
        try (SqliteEmbeddingCache cache = SqliteEmbeddingCache.open(file())) {
            Map<String, float[]> found = cache.find(BGE, List.of("A definition.", "Another one.", "New text."));

            // THEN the stored ones come back exactly, the new text is missing
            assertThat(found).containsOnlyKeys("A definition.", "Another one.");
            assertThat(found.get("A definition.")).containsExactly(UNIT);
            assertThat(found.get("Another one.")).containsExactly(OTHER_UNIT);
        }
    }

    @Test
    void find_shouldReturnNothing_when_anotherModelOrChecksumMadeTheVectors() {
        // GIVEN vectors stored by bge-small with one checksum
        try (SqliteEmbeddingCache cache = SqliteEmbeddingCache.open(file())) {
            cache.save(BGE, Map.of("A definition.", UNIT));

            // WHEN another model, or the same name with other bytes, asks for the text
            Map<String, float[]> otherModel = cache.find(new EmbeddingModelId("all-minilm-l6-v2", "abc123", 4),
                    List.of("A definition."));
            Map<String, float[]> otherBytes = cache.find(new EmbeddingModelId("bge-small-en-v1.5", "def456", 4),
                    List.of("A definition."));

            // THEN neither finds it
            assertThat(otherModel).isEmpty();
            assertThat(otherBytes).isEmpty();
        }
    }

    @Test
    void open_shouldStartAfresh_when_theFileIsNotADatabase() throws Exception {
        // GIVEN garbage where the cache file should be
        Files.writeString(file(), "this is not SQLite at all, just some text ".repeat(200), StandardCharsets.UTF_8);

        // WHEN it is opened, used and reopened
        try (SqliteEmbeddingCache cache = SqliteEmbeddingCache.open(file())) {
            assertThat(cache.find(BGE, List.of("A definition."))).isEmpty();
            cache.save(BGE, Map.of("A definition.", UNIT));
        }

        // THEN the garbage is gone and the new file works
        try (SqliteEmbeddingCache cache = SqliteEmbeddingCache.open(file())) {
            assertThat(cache.find(BGE, List.of("A definition."))).containsOnlyKeys("A definition.");
        }
    }

    @Test
    void open_shouldIgnoreAndReplace_when_theFileIsAnotherSqliteDatabase() throws Exception {
        // GIVEN a foreign SQLite file with a table of the same name holding the same key
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE embedding (model TEXT, checksum TEXT, text_sha256 BLOB, vector BLOB)");
            st.execute("INSERT INTO embedding VALUES ('bge-small-en-v1.5', 'abc123', x'00', x'00')");
        }

        // WHEN it is opened as the cache
        try (SqliteEmbeddingCache cache = SqliteEmbeddingCache.open(file())) {
            // THEN nothing of it is trusted, and the rebuilt cache stores and finds vectors
            assertThat(cache.find(BGE, List.of("A definition."))).isEmpty();
            cache.save(BGE, Map.of("A definition.", UNIT));
            assertThat(cache.find(BGE, List.of("A definition."))).containsOnlyKeys("A definition.");
        }
    }

    @Test
    void find_shouldSkipVectors_when_theirBytesAreDamaged() throws Exception {
        // GIVEN two stored vectors, one then overwritten with bytes of the wrong length, one with a non-unit vector
        try (SqliteEmbeddingCache cache = SqliteEmbeddingCache.open(file())) {
            cache.save(BGE, Map.of("Short.", UNIT, "Long.", UNIT, "Sound.", OTHER_UNIT));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement st = c.createStatement()) {
            st.execute("UPDATE embedding SET vector = x'0000803f' WHERE text_sha256 = (SELECT text_sha256 FROM embedding "
                    + "WHERE vector = x'0000003f0000003f0000003f0000003f' LIMIT 1)");
            st.execute("UPDATE embedding SET vector = x'0000803f0000803f0000803f0000803f' WHERE length(vector) = 16 "
                    + "AND vector = x'0000003f0000003f0000003f0000003f'");
        }

        // WHEN all three are looked up
        try (SqliteEmbeddingCache cache = SqliteEmbeddingCache.open(file())) {
            Map<String, float[]> found = cache.find(BGE, List.of("Short.", "Long.", "Sound."));

            // THEN only the sound one is returned; the others will be embedded again
            assertThat(found).containsOnlyKeys("Sound.");
        }
    }

    @Test
    void decode_shouldRejectBytes_when_notAFiniteUnitVectorOfTheDimension() {
        // GIVEN / WHEN / THEN
        assertThat(SqliteEmbeddingCache.decode(SqliteEmbeddingCache.encode(UNIT), 4)).containsExactly(UNIT);
        assertThat(SqliteEmbeddingCache.decode(SqliteEmbeddingCache.encode(UNIT), 3)).isNull();
        assertThat(SqliteEmbeddingCache.decode(SqliteEmbeddingCache.encode(new float[] {2f, 0f, 0f, 0f}), 4)).isNull();
        assertThat(SqliteEmbeddingCache.decode(SqliteEmbeddingCache.encode(new float[] {Float.NaN, 0f, 0f, 0f}), 4)).isNull();
    }
}
