package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.match.EmbeddingCache;
import dev.glossarytutor.match.EmbeddingModelId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Definition embeddings in their own SQLite file ({@code TUTOR_DATA_DIR/embeddings.db}), apart
 * from {@code tutor.db}: it holds nothing that cannot be made again, so when it is damaged,
 * written by something else or by another version of this class, it is deleted and started
 * afresh, never read. A row is keyed by model name, model checksum and the SHA-256 of the text;
 * a vector of the wrong length, not finite or not of unit length is skipped (and made again).
 * Rows of texts no longer in the glossary stay; deleting the file is always safe.
 */
public final class SqliteEmbeddingCache implements EmbeddingCache, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SqliteEmbeddingCache.class);

    /** Marks the file as ours ('GTEm'); another SQLite file has another (usually 0). */
    static final int APPLICATION_ID = 0x4754456d;
    /** The layout below; a file of another version is rebuilt. */
    static final int SCHEMA_VERSION = 1;
    private static final String SCHEMA = "CREATE TABLE embedding ("
            + "model TEXT NOT NULL, checksum TEXT NOT NULL, text_sha256 BLOB NOT NULL, vector BLOB NOT NULL, "
            + "PRIMARY KEY (model, checksum, text_sha256)) WITHOUT ROWID";
    private static final double UNIT_TOLERANCE = 1e-3;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private final Path file;
    private Connection connection;

    private SqliteEmbeddingCache(Path file) {
        this.file = file;
    }

    /** Opens the cache file, creating it, or replacing one that is damaged or not ours. Never throws. */
    public static SqliteEmbeddingCache open(Path file) {
        SqliteEmbeddingCache cache = new SqliteEmbeddingCache(file.toAbsolutePath());
        synchronized (cache) {
            cache.connection = cache.connectOrRebuild();
        }
        return cache;
    }

    @Override
    public synchronized Map<String, float[]> find(EmbeddingModelId model, Collection<String> texts) {
        if (connection == null || texts.isEmpty()) {
            return Map.of();
        }
        Map<ByteBuffer, String> wanted = new HashMap<>();
        for (String text : texts) {
            wanted.put(ByteBuffer.wrap(sha256(text)), text);
        }
        Map<String, float[]> found = new HashMap<>();
        int rejected = 0;
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT text_sha256, vector FROM embedding WHERE model = ? AND checksum = ?")) {
            st.setString(1, model.name());
            st.setString(2, model.checksum());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String text = wanted.get(ByteBuffer.wrap(rs.getBytes(1)));
                    if (text == null) {
                        continue;
                    }
                    float[] vector = decode(rs.getBytes(2), model.dimension());
                    if (vector == null) {
                        rejected++;
                    } else {
                        found.put(text, vector);
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("The embedding cache {} could not be read ({}); starting it afresh", file, e.getMessage());
            rebuild();
            return Map.of();
        }
        if (rejected > 0) {
            log.warn("The embedding cache {} held {} malformed vectors; they will be made again", file, rejected);
        }
        return found;
    }

    @Override
    public synchronized void save(EmbeddingModelId model, Map<String, float[]> vectors) {
        if (connection == null || vectors.isEmpty()) {
            return;
        }
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT OR REPLACE INTO embedding(model, checksum, text_sha256, vector) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    if (e.getValue().length != model.dimension()) {
                        throw new IllegalArgumentException("a vector of " + e.getValue().length + " values for a model of "
                                + model.dimension());
                    }
                    st.setString(1, model.name());
                    st.setString(2, model.checksum());
                    st.setBytes(3, sha256(e.getKey()));
                    st.setBytes(4, encode(e.getValue()));
                    st.addBatch();
                }
                st.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            log.warn("Could not store {} embeddings in {}: {}", vectors.size(), file, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        closeConnection();
    }

    /** Opens the file if it is ours and readable; otherwise deletes it and makes a new one. */
    private Connection connectOrRebuild() {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            log.warn("No embedding cache: cannot create {} ({})", file.getParent(), e.getMessage());
            return null;
        }
        if (Files.exists(file)) {
            try {
                Connection c = connect();
                String problem = problemWith(c);
                if (problem == null) {
                    return c;
                }
                c.close();
                log.warn("The embedding cache {} {}; starting it afresh", file, problem);
            } catch (SQLException e) {
                if (!damaged(e)) {
                    log.warn("No embedding cache: cannot open {} ({})", file, e.getMessage());
                    return null; // locked, read-only, ...: the file may be fine, so it stays
                }
                log.warn("The embedding cache {} is not a sound database ({}); starting it afresh", file, e.getMessage());
            }
            delete();
        }
        try {
            Connection c = connect();
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
                st.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                st.execute(SCHEMA);
            }
            return c;
        } catch (SQLException e) {
            log.warn("No embedding cache: cannot create {} ({})", file, e.getMessage());
            return null;
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout=5000");
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA synchronous=NORMAL");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** SQLite's "file is not a database" or "database disk image is malformed". */
    private static boolean damaged(SQLException e) {
        return e.getErrorCode() == SQLITE_NOTADB || e.getErrorCode() == SQLITE_CORRUPT;
    }

    /** Why an existing file cannot be used, or null when it is a sound cache of this version. */
    private static String problemWith(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (pragma(st, "application_id") != APPLICATION_ID) {
                return "is not an embedding cache";
            }
            if (pragma(st, "user_version") != SCHEMA_VERSION) {
                return "is of another version";
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String verdict = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    return "is damaged (" + verdict + ")";
                }
            }
            Set<String> columns = new HashSet<>();
            try (ResultSet rs = st.executeQuery("PRAGMA table_info(embedding)")) {
                while (rs.next()) {
                    columns.add(rs.getString("name"));
                }
            }
            if (!columns.equals(Set.of("model", "checksum", "text_sha256", "vector"))) {
                return "has another layout";
            }
        }
        return null;
    }

    private static int pragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    private void rebuild() {
        closeConnection();
        delete();
        connection = connectOrRebuild();
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing {} failed: {}", file, e.getMessage());
            }
            connection = null;
        }
    }

    private void delete() {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                log.warn("Cannot delete {}{}: {}", file, suffix, e.getMessage());
            }
        }
    }

    static byte[] encode(float[] vector) {
        ByteBuffer out = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        out.asFloatBuffer().put(vector);
        return out.array();
    }

    /** The vector, or null when the bytes are not a finite unit vector of that dimension. */
    static float[] decode(byte[] bytes, int dimension) {
        if (bytes == null || bytes.length != dimension * Float.BYTES) {
            return null;
        }
        float[] v = new float[dimension];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        double norm = 0;
        for (float x : v) {
            norm += x * x; // a NaN or an infinity makes the sum NaN or infinite
        }
        return Math.abs(Math.sqrt(norm) - 1) <= UNIT_TOLERANCE ? v : null;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
