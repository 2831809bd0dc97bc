package dev.glossarytutor.totd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a server's rotation stands: the shuffled order of the current cycle and the terms already
 * shown or skipped in it. Persisted, so a restart continues the cycle instead of reshuffling.
 *
 * @param serverId the server
 * @param seed     chosen once per server; each cycle's order is a pure function of seed and cycle,
 *                 so a preview of the next cycle shows what will really be posted
 * @param cycle    1 for the first pass over the glossary, 0 before any
 * @param order    the current cycle's terms in posting order
 * @param done     terms of the current cycle already posted or skipped, in that order
 * @param lastTerm the term posted last, so a new cycle does not start with it
 */
public record RotationState(
        String serverId, long seed, int cycle, List<String> order, Map<String, Outcome> done, Optional<String> lastTerm) {

    /** What happened to a term in the current cycle. */
    public enum Outcome { POSTED, SKIPPED }

    public RotationState {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(lastTerm, "lastTerm");
        order = List.copyOf(order);
        done = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(done));
    }

    /** A server's rotation before anything was shown. */
    public static RotationState fresh(String serverId, long seed) {
        return new RotationState(serverId, seed, 0, List.of(), Map.of(), Optional.empty());
    }
}
