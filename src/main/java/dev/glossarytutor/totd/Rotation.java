package dev.glossarytutor.totd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The rotation rule, free of storage and time: every term once per cycle, in an order shuffled per
 * cycle. Terms queued for a later date are held back so they are not shown twice in a cycle;
 * terms added to the glossary mid-cycle join its end, and removed ones simply drop out.
 */
final class Rotation {
    private final Map<String, String> termsByKey = new LinkedHashMap<>();

    /** @param terms the glossary's terms, in glossary order */
    Rotation(List<String> terms) {
        for (String t : terms) {
            termsByKey.putIfAbsent(key(t), t);
        }
    }

    /** The next term and the state it is taken from (a new cycle when the old one is used up). */
    record Pick(String term, RotationState state) {
    }

    /** The glossary's spelling of {@code name}, if the glossary still has it. */
    Optional<String> canonical(String name) {
        return Optional.ofNullable(termsByKey.get(key(name)));
    }

    /** The terms still to come in the state's cycle, in order, without the {@code reserved} ones. */
    List<String> remaining(RotationState s, Set<String> reserved) {
        Set<String> reservedKeys = keys(reserved);
        Set<String> doneKeys = keys(s.done().keySet());
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String name : s.order()) {
            canonical(name).filter(t -> seen.add(key(t))).ifPresent(out::add);
        }
        List<String> added = new ArrayList<>();
        for (String t : termsByKey.values()) {
            if (seen.add(key(t))) {
                added.add(t);
            }
        }
        out.addAll(shuffle(added, s.seed(), s.cycle() * 31 + 7, Optional.empty()));
        out.removeIf(t -> doneKeys.contains(key(t)) || reservedKeys.contains(key(t)));
        return out;
    }

    /** {@code s}, or the next cycle when {@code s} has nothing left to show. */
    RotationState ready(RotationState s, Set<String> reserved) {
        if (!s.order().isEmpty() && !remaining(s, reserved).isEmpty()) {
            return s;
        }
        int cycle = s.cycle() + 1;
        List<String> order = shuffle(new ArrayList<>(termsByKey.values()), s.seed(), cycle, s.lastTerm());
        return new RotationState(s.serverId(), s.seed(), cycle, order, Map.of(), s.lastTerm());
    }

    /** The term to show next; empty only for an empty glossary. */
    Optional<Pick> next(RotationState s, Set<String> reserved) {
        RotationState ready = ready(s, reserved);
        List<String> left = remaining(ready, reserved);
        if (!left.isEmpty()) {
            return Optional.of(new Pick(left.get(0), ready));
        }
        // every term is queued for a later date: a repeat cannot be avoided
        return ready.order().stream().findFirst().map(t -> new Pick(t, ready));
    }

    /** {@code s} with {@code term} done in its cycle. */
    RotationState mark(RotationState s, String term, RotationState.Outcome outcome) {
        Map<String, RotationState.Outcome> done = new LinkedHashMap<>(s.done());
        done.putIfAbsent(term, outcome);
        Optional<String> last = outcome == RotationState.Outcome.POSTED ? Optional.of(term) : s.lastTerm();
        return new RotationState(s.serverId(), s.seed(), s.cycle(), s.order(), done, last);
    }

    boolean isDone(RotationState s, String term) {
        return keys(s.done().keySet()).contains(key(term));
    }

    /** A Fisher-Yates shuffle that depends only on its inputs (SplittableRandom's algorithm is fixed). */
    static List<String> shuffle(List<String> terms, long seed, int cycle, Optional<String> avoidFirst) {
        List<String> out = new ArrayList<>(terms);
        SplittableRandom random = new SplittableRandom(seed ^ (cycle * 0x9E3779B97F4A7C15L));
        for (int i = out.size() - 1; i > 0; i--) {
            Collections.swap(out, i, random.nextInt(i + 1));
        }
        if (out.size() > 1 && avoidFirst.map(Rotation::key).filter(k -> k.equals(key(out.get(0)))).isPresent()) {
            Collections.swap(out, 0, 1 + random.nextInt(out.size() - 1));
        }
        return out;
    }

    static String key(String term) {
        return term.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> keys(Set<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(key(n)));
        return out;
    }
}
