package dev.glossarytutor.store.postgres;

import dev.glossarytutor.totd.TotdClaimRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link TotdClaimRepository} on PostgreSQL, shared by every process on the database. A claim is one
 * {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE} statement: it inserts the free day, or takes the row
 * over only when it is not done and is the caller's own or its lease has run out; {@code RETURNING} says
 * whether it did. The statement locks the conflicting row whether or not it updates it, so two processes
 * cannot both win, and the follow-up read (same transaction) sees the row that turned the caller away.
 */
public final class PostgresTotdClaimRepository implements TotdClaimRepository {
    private final PostgresDatabase db;

    public PostgresTotdClaimRepository(PostgresDatabase db) {
        this.db = db;
    }

    @Override
    public Claim claim(String serverId, LocalDate date, String owner, Instant now, Instant leaseUntil) {
        return db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO totd_claim AS t (server_id, local_date, owner, lease_until, done)
                    VALUES (?, ?, ?, ?, 0)
                    ON CONFLICT (server_id, local_date) DO UPDATE
                        SET owner = excluded.owner, lease_until = excluded.lease_until
                        WHERE t.done = 0 AND (t.owner = excluded.owner OR t.lease_until <= ?)
                    RETURNING t.owner""")) {
                st.setString(1, serverId);
                st.setString(2, date.toString());
                st.setString(3, owner);
                st.setLong(4, leaseUntil.toEpochMilli());
                st.setLong(5, now.toEpochMilli());
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        return Claim.CLAIMED;
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT done FROM totd_claim WHERE server_id = ? AND local_date = ?")) {
                st.setString(1, serverId);
                st.setString(2, date.toString());
                try (ResultSet rs = st.executeQuery()) {
                    // The row is locked by the upsert above, so it is there; if not, do not post.
                    return rs.next() && rs.getInt(1) == 1 ? Claim.DONE : Claim.HELD_BY_OTHER;
                }
            }
        });
    }

    @Override
    public boolean markDone(String serverId, LocalDate date, String owner) {
        return db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE totd_claim SET done = 1 WHERE server_id = ? AND local_date = ? AND owner = ?")) {
                st.setString(1, serverId);
                st.setString(2, date.toString());
                st.setString(3, owner);
                return st.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void release(String serverId, LocalDate date, String owner) {
        db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "DELETE FROM totd_claim WHERE server_id = ? AND local_date = ? AND owner = ? AND done = 0")) {
                st.setString(1, serverId);
                st.setString(2, date.toString());
                st.setString(3, owner);
                st.executeUpdate();
            }
            return null;
        });
    }
}
