package dev.glossarytutor.glossary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of entries, in file order. A new version is built on every reload, so
 * everything derived from a glossary (indexes, caches) can be keyed by {@link #version()}.
 */
public final class Glossary {
    private final List<Entry> entries;
    private final Map<String, Entry> byTerm = new LinkedHashMap<>();
    private final String version;

    public Glossary(List<Entry> entries, String version) {
        this.entries = List.copyOf(entries);
        this.version = version;
        for (Entry e : this.entries) {
            byTerm.putIfAbsent(key(e.term()), e);
        }
    }

    public static Glossary of(List<Entry> entries) {
        return new Glossary(entries, Integer.toHexString(entries.hashCode()));
    }

    /**
     * The entry help texts and usage lines use as their example, so that a networking course is
     * shown networking examples: the shortest term, glossary order breaking ties.
     */
    public java.util.Optional<Entry> example() {
        return entries().stream().min(java.util.Comparator.comparingInt((Entry e) -> e.term().length()));
    }

    /** A second example for comparisons ("X vs Y"): the shortest term after {@link #example()}. */
    public java.util.Optional<Entry> secondExample() {
        java.util.Optional<Entry> first = example();
        return entries().stream().filter(e -> first.isEmpty() || !e.equals(first.get()))
                .min(java.util.Comparator.comparingInt((Entry e) -> e.term().length()));
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** A content hash: equal versions mean equal glossaries. */
    public String version() {
        return version;
    }

    /** The entry whose heading is {@code term}, ignoring case. */
    public Optional<Entry> find(String term) {
        return Optional.ofNullable(byTerm.get(key(term)));
    }

    /** Like {@link #find} but for names the glossary itself guarantees, such as see-also targets. */
    public Entry get(String term) {
        return find(term).orElseThrow(() -> new IllegalArgumentException("no glossary term " + term));
    }

    private static String key(String term) {
        return term.strip().toLowerCase(Locale.ROOT);
    }
}
