package dev.glossarytutor.glossary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * @param headingNames names read from a bracket in the heading ("TCP" and "Transmission Control
 *                   Protocol" for {@code Transmission Control Protocol (TCP)}), see {@link HeadingNames};
 *                   matched like hidden variants, never shown apart from the heading. The loader
 *                   drops those another entry also claims.
 */
public record Entry(
        String term,
        List<String> aliases,
        List<String> hidden,
        List<String> seeAlso,
        List<String> readMore,
        List<String> tags,
        String definition,
        Source source,
        List<String> headingNames) {

    public Entry {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(source, "source");
        aliases = List.copyOf(aliases);
        hidden = List.copyOf(hidden);
        seeAlso = List.copyOf(seeAlso);
        readMore = List.copyOf(readMore);
        tags = List.copyOf(tags);
        headingNames = List.copyOf(headingNames);
    }

    /** An entry whose heading names are all that {@link HeadingNames#of} reads from {@code term}. */
    public Entry(String term, List<String> aliases, List<String> hidden, List<String> seeAlso,
            List<String> readMore, List<String> tags, String definition, Source source) {
        this(term, aliases, hidden, seeAlso, readMore, tags, definition, source,
                term == null ? List.of() : HeadingNames.of(term));
    }

    /** This entry with other heading names, such as those left once clashes are dropped. */
    public Entry withHeadingNames(List<String> names) {
        return new Entry(term, aliases, hidden, seeAlso, readMore, tags, definition, source, names);
    }

    /** A minimal entry, handy for tests and tools. */
    public static Entry of(String term, String definition) {
        return new Entry(term, List.of(), List.of(), List.of(), List.of(), List.of(), definition, Source.UNKNOWN);
    }

    /** The term and its aliases: the names shown to students. */
    public List<String> shownNames() {
        return Stream.concat(Stream.of(term), aliases.stream()).toList();
    }

    /**
     * Every name a student may type: the term first, then its heading names, aliases and hidden
     * variants, each once (ignoring case).
     */
    public List<String> allNames() {
        Map<String, String> names = new LinkedHashMap<>();
        Stream.of(List.of(term), headingNames, aliases, hidden).flatMap(List::stream)
                .forEach(n -> names.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
        return List.copyOf(names.values());
    }
}
