package dev.glossarytutor.nlp;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The few forms of one {@link Word} (as typed, US spelling, singular, lemma; rarely more than
 * four): an immutable set kept as an array in the order given. Matching compares the forms of
 * two words for every name a question might contain, so {@link Word#sameAs} walks them by index
 * instead of through an iterator, which was a large share of the garbage made per question.
 */
final class Forms extends AbstractSet<String> {
    private static final Forms EMPTY = new Forms(new String[0]);
    private final String[] items;

    private Forms(String[] items) {
        this.items = items;
    }

    /** The distinct elements of {@code forms}, in their order; like {@code Set.copyOf}, no nulls. */
    static Forms of(Collection<String> forms) {
        if (forms instanceof Forms already) {
            return already;
        }
        String[] out = new String[forms.size()];
        int n = 0;
        for (String f : forms) {
            Objects.requireNonNull(f, "form");
            if (!contains(out, n, f)) {
                out[n++] = f;
            }
        }
        return n == 0 ? EMPTY : new Forms(n == out.length ? out : Arrays.copyOf(out, n));
    }

    private static boolean contains(String[] items, int n, Object o) {
        for (int i = 0; i < n; i++) {
            if (items[i].equals(o)) {
                return true;
            }
        }
        return false;
    }

    String get(int i) {
        return items[i];
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public boolean contains(Object o) {
        return contains(items, items.length, o);
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < items.length;
            }

            @Override
            public String next() {
                if (next >= items.length) {
                    throw new NoSuchElementException();
                }
                return items[next++];
            }
        };
    }
}
