package dev.glossarytutor.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running scores of one quiz: per participant, correct and answered. The engine keeps one per
 * session for the results table; a transport that shows running scores keeps its own from the same
 * events. Thread-safe.
 */
public final class ScoreTally {
    /** Per participant: [correct, answered]. */
    private final Map<String, int[]> tally = new HashMap<>();

    /** Counts one answer of {@code user}. */
    public synchronized void count(String user, boolean correct) {
        int[] t = tally.computeIfAbsent(user, u -> new int[2]);
        t[1]++;
        if (correct) {
            t[0]++;
        }
    }

    /** The results table: most correct first, then fewest answered, then by name. */
    public synchronized List<ResultRow> rows() {
        List<Map.Entry<String, int[]>> rows = new ArrayList<>(tally.entrySet());
        rows.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                .thenComparingInt(e -> e.getValue()[1])
                .thenComparing(Map.Entry::getKey));
        List<ResultRow> table = new ArrayList<>();
        for (Map.Entry<String, int[]> e : rows) {
            table.add(new ResultRow(table.size() + 1, e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        return table;
    }
}
