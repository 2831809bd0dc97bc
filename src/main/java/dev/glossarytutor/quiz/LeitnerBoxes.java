package dev.glossarytutor.quiz;

import java.util.List;

/**
 * One student's review boxes at a glance: how many terms sit in each Leitner box, and how many are
 * due by the end of today.
 *
 * @param perBox terms in box 1 to {@link Leitner#LAST_BOX}, in box order
 */
public record LeitnerBoxes(List<Integer> perBox, int dueToday) {

    public LeitnerBoxes {
        perBox = List.copyOf(perBox);
        if (perBox.size() != Leitner.LAST_BOX) {
            throw new IllegalArgumentException("one count per box: " + perBox);
        }
    }

    public int terms() {
        return perBox.stream().mapToInt(Integer::intValue).sum();
    }
}
