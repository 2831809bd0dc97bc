package dev.glossarytutor.store.postgres;

import dev.glossarytutor.totd.PostedTerm;
import dev.glossarytutor.totd.RotationRepository;
import dev.glossarytutor.totd.RotationState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * {@link RotationRepository} on PostgreSQL: a post changes the three tables in one transaction. A save
 * upserts the rotation row first, which locks it, so two processes saving one server's rotation take turns.
 */
public final class PostgresRotationRepository implements RotationRepository {

    private final PostgresDatabase db;

    public PostgresRotationRepository(PostgresDatabase db) {
        this.db = db;
    }

    /** The server's rotation, created with a seed from {@code seeds} the first time it is asked for. */
    @Override
    public RotationState loadOrCreate(String serverId, LongSupplier seeds) {
        return db.inTransaction(c -> {
            Optional<RotationState> found = load(c, serverId);
            if (found.isPresent()) {
                return found.get();
            }
            // another process may create it at the same moment: the first insert wins, the other reads it
            RotationState fresh = RotationState.fresh(serverId, seeds.getAsLong());
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO totd_rotation(server_id, seed, cycle, cycle_order, last_term) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT (server_id) DO NOTHING")) {
                st.setString(1, serverId);
                st.setLong(2, fresh.seed());
                st.setInt(3, fresh.cycle());
                st.setString(4, String.join("\n", fresh.order()));
                st.setString(5, fresh.lastTerm().orElse(null));
                if (st.executeUpdate() == 0) {
                    return load(c, serverId).orElseThrow();
                }
            }
            save(c, fresh);
            return fresh;
        });
    }

    @Override
    public void save(RotationState state) {
        db.inTransaction(c -> {
            save(c, state);
            return null;
        });
    }

    /** Terms booked for dates, earliest first. */
    @Override
    public NavigableMap<LocalDate, String> queued(String serverId) {
        return db.read(c -> {
            NavigableMap<LocalDate, String> out = new TreeMap<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT local_date, term FROM totd_queue WHERE server_id = ?")) {
                st.setString(1, serverId);
                ResultSet rs = st.executeQuery();
                while (rs.next()) {
                    out.put(LocalDate.parse(rs.getString(1)), rs.getString(2));
                }
            }
            return out;
        });
    }

    /** Books {@code term} for {@code date}, replacing what was booked for that date. */
    @Override
    public void queue(String serverId, LocalDate date, String term) {
        db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO totd_queue(server_id, local_date, term) VALUES (?, ?, ?) "
                            + "ON CONFLICT(server_id, local_date) DO UPDATE SET term = excluded.term")) {
                st.setString(1, serverId);
                st.setString(2, date.toString());
                st.setString(3, term);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** Removes the booking for {@code date}; false when there was none. */
    @Override
    public boolean unqueue(String serverId, LocalDate date) {
        return db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "DELETE FROM totd_queue WHERE server_id = ? AND local_date = ?")) {
                st.setString(1, serverId);
                st.setString(2, date.toString());
                return st.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Optional<PostedTerm> postOn(String serverId, LocalDate date) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT term, channel, posted_at FROM totd_post WHERE server_id = ? AND local_date = ?")) {
                st.setString(1, serverId);
                st.setString(2, date.toString());
                ResultSet rs = st.executeQuery();
                return rs.next()
                        ? Optional.of(new PostedTerm(serverId, date, rs.getString(1), rs.getString(2),
                                Instant.parse(rs.getString(3))))
                        : Optional.<PostedTerm>empty();
            }
        });
    }

    /**
     * Records a post, removes its date's booking and saves the rotation after it, as one unit.
     * Returns false, changing nothing, when the server already has a post for that date.
     */
    @Override
    public boolean recordPost(PostedTerm post, RotationState after) {
        return db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO totd_post(server_id, local_date, term, channel, posted_at) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT (server_id, local_date) DO NOTHING")) {
                st.setString(1, post.serverId());
                st.setString(2, post.date().toString());
                st.setString(3, post.term());
                st.setString(4, post.channel());
                st.setString(5, post.postedAt().toString());
                if (st.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "DELETE FROM totd_queue WHERE server_id = ? AND local_date = ?")) {
                st.setString(1, post.serverId());
                st.setString(2, post.date().toString());
                st.executeUpdate();
            }
            save(c, after);
            return true;
        });
    }

    private static Optional<RotationState> load(Connection c, String serverId) throws SQLException {
        long seed;
        int cycle;
        List<String> order;
        Optional<String> last;
        try (PreparedStatement st = c.prepareStatement(
                "SELECT seed, cycle, cycle_order, last_term FROM totd_rotation WHERE server_id = ?")) {
            st.setString(1, serverId);
            ResultSet rs = st.executeQuery();
            if (!rs.next()) {
                return Optional.empty();
            }
            seed = rs.getLong(1);
            cycle = rs.getInt(2);
            String joined = rs.getString(3);
            order = joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
            last = Optional.ofNullable(rs.getString(4));
        }
        Map<String, RotationState.Outcome> done = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT term, outcome FROM totd_cycle_term WHERE server_id = ? ORDER BY position")) {
            st.setString(1, serverId);
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                done.put(rs.getString(1), RotationState.Outcome.valueOf(rs.getString(2)));
            }
        }
        return Optional.of(new RotationState(serverId, seed, cycle, order, done, last));
    }

    private static void save(Connection c, RotationState s) throws SQLException {
        // terms are one-line headings, so a newline separates them safely
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO totd_rotation(server_id, seed, cycle, cycle_order, last_term) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT(server_id) DO UPDATE SET seed = excluded.seed, cycle = excluded.cycle, "
                        + "cycle_order = excluded.cycle_order, last_term = excluded.last_term")) {
            st.setString(1, s.serverId());
            st.setLong(2, s.seed());
            st.setInt(3, s.cycle());
            st.setString(4, String.join("\n", s.order()));
            st.setString(5, s.lastTerm().orElse(null));
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM totd_cycle_term WHERE server_id = ?")) {
            st.setString(1, s.serverId());
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO totd_cycle_term(server_id, position, term, outcome) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Map.Entry<String, RotationState.Outcome> e : s.done().entrySet()) {
                st.setString(1, s.serverId());
                st.setInt(2, position++);
                st.setString(3, e.getKey());
                st.setString(4, e.getValue().name());
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
