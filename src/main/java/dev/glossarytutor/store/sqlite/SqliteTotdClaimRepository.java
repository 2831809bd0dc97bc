package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.totd.TotdClaimRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link TotdClaimRepository} on SQLite. Each call is one {@code BEGIN IMMEDIATE} transaction, so the
 * read and the write of a claim hold the database's write lock throughout: two processes cannot both
 * see the day free.
 */
public final class SqliteTotdClaimRepository implements TotdClaimRepository {
    private final SqliteDatabase db;

    public SqliteTotdClaimRepository(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public Claim claim(String serverId, LocalDate date, String owner, Instant now, Instant leaseUntil) {
        return db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT owner, lease_until, done FROM totd_claim WHERE server_id = ? AND local_date = ?")) {
                st.setString(1, serverId);
                st.setString(2, date.toString());
                ResultSet rs = st.executeQuery();
                if (rs.next()) {
                    if (rs.getInt("done") == 1) {
                        return Claim.DONE;
                    }
                    if (!rs.getString("owner").equals(owner) && now.toEpochMilli() < rs.getLong("lease_until")) {
                        return Claim.HELD_BY_OTHER;
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO totd_claim(server_id, local_date, owner, lease_until, done) VALUES (?, ?, ?, ?, 0) "
                            + "ON CONFLICT(server_id, local_date) DO UPDATE SET owner = excluded.owner, "
                            + "lease_until = excluded.lease_until")) {
                st.setString(1, serverId);
                st.setString(2, date.toString());
                st.setString(3, owner);
                st.setLong(4, leaseUntil.toEpochMilli());
                st.executeUpdate();
            }
            return Claim.CLAIMED;
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
