package dev.glossarytutor.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small inverted indexes from a key to ascending int positions (of names or entries), so a
 * question looks only at the names that may match its words instead of at every name.
 */
final class IntIndex {
    private IntIndex() {
    }

    /** Adds {@code i} under {@code key} unless it is already the last position there (positions come in order). */
    static void addOnce(Map<String, List<Integer>> index, String key, int i) {
        List<Integer> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
            list.add(i);
        }
    }

    /** The index with each list as an array, which is smaller and faster to walk. */
    static <K> Map<K, int[]> toArrays(Map<K, List<Integer>> lists) {
        Map<K, int[]> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** Sets every position of {@code indexes} (none when null: the key was not in the index). */
    static void mark(BitSet set, int[] indexes) {
        if (indexes != null) {
            for (int i : indexes) {
                set.set(i);
            }
        }
    }
}
