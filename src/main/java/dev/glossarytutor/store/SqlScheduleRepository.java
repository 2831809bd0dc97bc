package dev.glossarytutor.store;

import dev.glossarytutor.totd.Schedule;
import dev.glossarytutor.totd.ScheduleRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link ScheduleRepository} on SQLite or PostgreSQL: the SQL is the same; text sorts by code point on both. */
public final class SqlScheduleRepository implements ScheduleRepository {

    private final SqlDatabase db;

    public SqlScheduleRepository(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Schedule> find(String serverId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM totd_schedule WHERE server_id = ?")) {
                st.setString(1, serverId);
                ResultSet rs = st.executeQuery();
                return rs.next() ? Optional.of(schedule(rs)) : Optional.<Schedule>empty();
            }
        });
    }

    /** Every schedule that is switched on, for the scheduler's tick. */
    @Override
    public List<Schedule> enabled() {
        return db.read(c -> {
            List<Schedule> all = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT * FROM totd_schedule WHERE enabled = 1 ORDER BY " + db.byCodePoint("server_id"))) {
                ResultSet rs = st.executeQuery();
                while (rs.next()) {
                    all.add(schedule(rs));
                }
            }
            return all;
        });
    }

    @Override
    public void save(Schedule s) {
        db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO totd_schedule(server_id, channel, local_time, zone, days, enabled, mention_role, active_since) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(server_id) DO UPDATE SET "
                            + "channel = excluded.channel, local_time = excluded.local_time, zone = excluded.zone, "
                            + "days = excluded.days, enabled = excluded.enabled, mention_role = excluded.mention_role, "
                            + "active_since = excluded.active_since")) {
                st.setString(1, s.serverId());
                st.setString(2, s.channel().orElse(null));
                st.setString(3, s.time().toString());
                st.setString(4, s.zone().getId());
                st.setString(5, s.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")));
                st.setInt(6, s.enabled() ? 1 : 0);
                st.setString(7, s.mentionRole().orElse(null));
                st.setString(8, s.activeSince().toString());
                st.executeUpdate();
            }
            return null;
        });
    }

    private static Schedule schedule(ResultSet rs) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(rs.getString("days").split(",")).filter(d -> !d.isBlank()).map(DayOfWeek::valueOf).forEach(days::add);
        return new Schedule(
                rs.getString("server_id"),
                Optional.ofNullable(rs.getString("channel")),
                LocalTime.parse(rs.getString("local_time")),
                ZoneId.of(rs.getString("zone")),
                days,
                rs.getInt("enabled") == 1,
                Optional.ofNullable(rs.getString("mention_role")),
                Instant.parse(rs.getString("active_since")));
    }
}
