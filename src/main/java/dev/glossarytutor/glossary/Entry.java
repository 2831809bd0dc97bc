package dev.glossarytutor.glossary;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One glossary term as an instructor wrote it.
 *
 * @param term       the heading, shown to students
 * @param aliases    other names shown to students ("backprop")
 * @param hidden     variants that are matched but never shown (common misspellings)
 * @param seeAlso    names of related terms, each the heading of another entry
 * @param readMore   outside reading named by the glossary (free text, not a term)
 * @param tags       families of terms ("segmentation", "data splits"), used for quiz distractors
 * @param definition the definition, quoted word for word and never altered
 * @param source     where the heading stands, for error messages
 */
public record Entry(
        String term,
        List<String> aliases,
        List<String> hidden,
        List<String> seeAlso,
        List<String> readMore,
        List<String> tags,
        String definition,
        Source source) {

    public Entry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(source, "source");
        aliases = List.copyOf(aliases);
        hidden = List.copyOf(hidden);
        seeAlso = List.copyOf(seeAlso);
        readMore = List.copyOf(readMore);
        tags = List.copyOf(tags);
    }

    /** A minimal entry, handy for tests and tools. */
    public static Entry of(String term, String definition) {
        return new Entry(term, List.of(), List.of(), List.of(), List.of(), List.of(), definition, Source.UNKNOWN);
    }

    /** The term and its aliases: the names shown to students. */
    public List<String> shownNames() {
        return Stream.concat(Stream.of(term), aliases.stream()).toList();
    }

    /** The term, its aliases and its hidden variants: every name a student may type. */
    public List<String> allNames() {
        return Stream.of(List.of(term), aliases, hidden).flatMap(List::stream).toList();
    }
}
