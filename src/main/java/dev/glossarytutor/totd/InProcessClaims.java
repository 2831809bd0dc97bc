package dev.glossarytutor.totd;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link TotdClaimRepository} for one process (tests and tools without a shared store): the same
 * rules, kept in memory.
 */
public final class InProcessClaims implements TotdClaimRepository {
    private record Key(String serverId, LocalDate date) {
    }

    private record Row(String owner, Instant leaseUntil, boolean done) {
    }

    private final Map<Key, Row> rows = new HashMap<>();

    @Override
    public synchronized Claim claim(String serverId, LocalDate date, String owner, Instant now, Instant leaseUntil) {
        Key key = new Key(serverId, date);
        Row row = rows.get(key);
        if (row != null && row.done()) {
            return Claim.DONE;
        }
        if (row != null && !row.owner().equals(owner) && now.isBefore(row.leaseUntil())) {
            return Claim.HELD_BY_OTHER;
        }
        rows.put(key, new Row(owner, leaseUntil, false));
        return Claim.CLAIMED;
    }

    @Override
    public synchronized boolean markDone(String serverId, LocalDate date, String owner) {
        Key key = new Key(serverId, date);
        Row row = rows.get(key);
        if (row == null || !row.owner().equals(owner)) {
            return false;
        }
        rows.put(key, new Row(owner, row.leaseUntil(), true));
        return true;
    }

    @Override
    public synchronized void release(String serverId, LocalDate date, String owner) {
        Key key = new Key(serverId, date);
        Row row = rows.get(key);
        if (row != null && !row.done() && row.owner().equals(owner)) {
            rows.remove(key);
        }
    }
}
