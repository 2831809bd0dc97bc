package dev.glossarytutor.store.migrate;

import dev.glossarytutor.store.StoreException;
import dev.glossarytutor.store.postgres.PostgresDatabase;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Copies a course's whole state from a SQLite store to an empty PostgreSQL one: every table, one
 * transaction per table, then compares the row counts. Both databases must be at the same schema
 * version, which opening them (Flyway) ensures. The source is only read.
 */
public final class StoreMigration {

    /** A table to copy; {@code identity} names its generated id column, whose sequence is moved past the copied ids. */
    public record Table(String name, Optional<String> identity) {
        static Table of(String name) {
            return new Table(name, Optional.empty());
        }

        static Table withId(String name) {
            return new Table(name, Optional.of("id"));
        }
    }

    /** The outcome for one table: rows in the source, rows in the target after the copy. */
    public record Copied(String table, long source, long target) {
        public boolean matches() {
            return source == target;
        }

        @Override
        public String toString() {
            return table + ": " + source + " row(s) in the source, " + target + " in the target"
                    + (matches() ? "" : "  <-- MISMATCH");
        }
    }

    /**
     * Every table of the schema (V1 to V10), in the order they are copied (a table before those that refer
     * to it). Add a new table here.
     */
    public static final List<Table> TABLES = List.of(
            Table.of("quiz_scores"), Table.withId("quiz_answers"), Table.of("leitner_cards"),
            Table.of("totd_schedule"), Table.of("totd_rotation"), Table.of("totd_cycle_term"),
            Table.of("totd_queue"), Table.of("totd_post"),
            Table.withId("gap_question"), Table.withId("asked_term"),
            Table.of("discord_open_quiz_messages"), Table.of("totd_claim"),
            Table.withId("asked_question"), Table.of("asked_question_term"), Table.of("server_course"));

    private static final int BATCH = 500;

    private StoreMigration() {
    }

    /**
     * Copies every table of {@code from} into {@code to}, reporting each table to {@code progress} as it is
     * done. Refuses, copying nothing, when a target table already has rows.
     *
     * @return one result per table; the copy is verified when every one {@link Copied#matches()}
     */
    public static List<Copied> copy(SqliteDatabase from, PostgresDatabase to, Consumer<Copied> progress) {
        for (Table table : TABLES) {
            long rows = to.read(c -> count(c, table.name()));
            if (rows > 0) {
                throw new StoreException("the target already has " + rows + " row(s) in " + table.name()
                        + "; migrate-store copies into an empty database only, and copied nothing", null);
            }
        }
        List<Copied> results = new ArrayList<>();
        for (Table table : TABLES) {
            to.inTransaction(target -> from.read(source -> {
                copy(source, target, table);
                return null;
            }));
            long source = from.read(c -> count(c, table.name()));
            long target = to.read(c -> count(c, table.name()));
            Copied copied = new Copied(table.name(), source, target);
            results.add(copied);
            progress.accept(copied);
        }
        return results;
    }

    private static void copy(Connection source, Connection target, Table table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        try (Statement st = target.createStatement();
             ResultSet empty = st.executeQuery("SELECT * FROM " + table.name() + " WHERE false")) {
            ResultSetMetaData meta = empty.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
                types.add(meta.getColumnType(i));
            }
        }
        String list = String.join(", ", columns);
        String insert = "INSERT INTO " + table.name() + " (" + list + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (Statement read = source.createStatement();
             ResultSet rows = read.executeQuery("SELECT " + list + " FROM " + table.name());
             PreparedStatement write = target.prepareStatement(insert)) {
            int pending = 0;
            while (rows.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    bind(write, i + 1, types.get(i), rows.getObject(i + 1), table.name() + "." + columns.get(i));
                }
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        if (table.identity().isPresent()) {
            String id = table.identity().get();
            try (Statement st = target.createStatement()) {
                st.execute("SELECT setval(pg_get_serial_sequence('" + table.name() + "', '" + id + "'), "
                        + "(SELECT COALESCE(MAX(" + id + "), 0) FROM " + table.name() + ") + 1, false)");
            }
        }
    }

    /** Binds a SQLite value (dynamically typed) as the PostgreSQL column's type. */
    private static void bind(PreparedStatement st, int index, int type, Object value, String column) throws SQLException {
        if (value == null) {
            st.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.BIGINT -> st.setLong(index, asLong(value, column));
            case Types.INTEGER, Types.SMALLINT -> st.setInt(index, Math.toIntExact(asLong(value, column)));
            default -> st.setString(index, value.toString());
        }
    }

    private static long asLong(Object value, String column) throws SQLException {
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new SQLException(column + " holds '" + value + "', not a whole number", e);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
