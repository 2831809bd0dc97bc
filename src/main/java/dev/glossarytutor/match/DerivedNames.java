package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Canon;
import dev.glossarytutor.nlp.Spelling;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Names a glossary implies but does not write, each kept only where it can name one entry only.
 * They are read from the term, or for a heading with a bracket from the names
 * {@link dev.glossarytutor.glossary.HeadingNames} reads from it; aliases are alternatives the
 * instructor already chose and hidden variants are misspellings, so neither gives any.
 * <ul>
 * <li><b>{@link DerivedName.Kind#INITIALISM Initialism}</b> of a name of two or more content words
 * (linking words such as "of", "the", "and", "with" give no letter): "CLT" for Central Limit
 * Theorem, "SEM" for Standard error of the mean. A second variant lets the parts of a hyphenated
 * or slashed word count as words ("Non-probability sampling" gives "NS" and "NPS"), a third the
 * English word after a Latin prefix ("Interquartile range" gives "IR" and "IQR"). A name that
 * already holds an acronym ("MAC address") gives none, nor does an entry that already has one of
 * the name's initialisms as a name ("CSMA/CD"). Kept only when no other entry yields the same
 * initialism, it is no name of any entry, and it is no common English word (the
 * {@link KnownWords} vocabulary, the {@link StopWords} and {@link #TWO_LETTER_WORDS}), so "ME"
 * for Margin of error is dropped.</li>
 * <li><b>{@link DerivedName.Kind#CASED_INITIALISM Cased initialism}</b>: the initials with a small letter
 * for each preposition, as "QoS" and "PoE" are written: "MoE" for Margin of error. Matched only when typed
 * with its capitals, so it is kept even when it spells an English word ("moe").</li>
 * <li><b>{@link DerivedName.Kind#HEAD_NOUN Head noun}</b>: the last word of a name of two or more
 * words, or the last word before a preposition that follows the first word ("switch" for Network
 * switch, "margin" for Margin of error). Kept only when
 * <ul>
 * <li>no other entry has a name containing that word at all, which covers another entry with the
 * same head noun and goes further: "duplex" is not Full duplex's while Duplex communication
 * exists;</li>
 * <li>the word is no name of any entry ("statistics" when Statistic is a term);</li>
 * <li>it is not a word that names a kind of thing rather than a concept ("layer", "function",
 * "model", "rule"), and</li>
 * <li>it is not the field's common vocabulary: used by the definitions of at least three other
 * entries and of more than a tenth of the glossary ("dataset" in a deep-learning glossary).</li>
 * </ul>
 * Plural and British spellings count as the same word.</li>
 * <li><b>{@link DerivedName.Kind#STATED Stated}</b>: a name the definition gives its term in plain
 * English ({@link StatedNames}: "also referred to as Bayes' rule"). Kept only when no other entry
 * states it and it is no name of any entry, in any inflection: "also known as a client" in a
 * definition of Server names the Client entry, not Server.</li>
 * </ul>
 * Known limits: without a part-of-speech tagger the last word may be an adjective ("negative" from
 * the heading name "false negative"); initialisms are guesses that students may never type. The
 * matcher is meant to trust derived names less than written ones.
 */
public final class DerivedNames {
    /** Words that give no letter to an initialism. */
    private static final Set<String> LINKING_WORDS = Set.of("of", "the", "and", "a", "an", "for", "with", "in",
            "on", "to", "by", "at", "from", "or", "vs", "versus", "&");
    /** Words after which a name stops being about its head ("margin of error"). */
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "with", "without", "in", "on", "to", "by",
            "from", "at", "between", "under", "over", "versus", "vs", "via", "per", "about", "against", "into",
            "within", "among", "across", "through", "after", "before");
    /** Head nouns that name a kind of thing rather than a concept, as the matcher's class nouns. */
    private static final Set<String> GENERIC_HEADS = Set.of("layer", "function", "method", "technique", "concept",
            "process", "algorithm", "architecture", "operation", "procedure", "approach", "thing", "term", "idea",
            "definition", "meaning", "word", "value", "step", "property", "problem", "task", "model", "network",
            "block", "unit", "stuff", "part", "type", "kind", "system", "set", "data", "rule", "name");
    /** English words of two letters; {@link KnownWords} only holds words of three letters or more. */
    static final Set<String> TWO_LETTER_WORDS = Set.of("ad", "ah", "am", "an", "as", "at", "aw", "ax", "be", "by",
            "do", "eh", "go", "ha", "he", "hi", "hm", "ho", "id", "if", "in", "is", "it", "la", "lo", "ma", "me",
            "mi", "mu", "my", "no", "nu", "of", "oh", "ok", "on", "or", "ow", "ox", "pa", "pi", "re", "so", "ta",
            "to", "uh", "um", "up", "us", "vs", "we", "ye", "yo");
    /** Prefixes whose word's rest may give a letter of its own ("interquartile": I, Q). */
    private static final List<String> SPLIT_PREFIXES = List.of("inter", "intra", "multi", "non", "sub", "super",
            "hyper", "under", "over", "semi", "pseudo", "anti", "micro", "macro");
    private static final int MIN_PREFIXED_REST = 4;
    private static final int BROAD_MIN_DEFINITIONS = 3;
    /** The fewest other definitions that must use a name for it to keep an initialism it shares. */
    private static final int PROMINENT_MENTIONS = 3;
    /** How many times as often as any other sharer's the other definitions must use that name. */
    private static final int PROMINENCE_RATIO = 2;
    private static final int BROAD_SHARE_DIVISOR = 10;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVX]+");

    private DerivedNames() {
    }

    /** Every entry of {@code glossary}, in glossary order, with its derived names (often none). */
    public static Map<Entry, List<DerivedName>> of(Glossary glossary) {
        List<Entry> entries = glossary.entries();
        Set<String> claimedNames = new HashSet<>();
        Map<String, Set<Integer>> wordUsers = new HashMap<>();
        Map<String, Set<Integer>> definitionUsers = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String word : Spelling.normalize(entries.get(i).definition()).split(" ")) {
                definitionUsers.computeIfAbsent(Canon.of(word), k -> new HashSet<>()).add(i);
            }
            for (String name : entries.get(i).allNames()) {
                String squashed = Spelling.squash(name);
                claimedNames.add(squashed);
                claimedNames.add(Canon.of(squashed));
                for (String word : Spelling.normalize(name).split(" ")) {
                    if (!word.isEmpty()) {
                        wordUsers.computeIfAbsent(Canon.of(word), k -> new HashSet<>()).add(i);
                    }
                }
            }
        }
        List<Map<String, DerivedName>> candidates = new ArrayList<>();
        Map<String, Set<Integer>> producers = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, DerivedName> mine = new LinkedHashMap<>();
            Set<String> own = new HashSet<>();
            entries.get(i).allNames().forEach(n -> own.add(Spelling.squash(n)));
            for (String name : sourceNames(entries.get(i))) {
                List<String> initialisms = initialisms(name, w -> KnownWords.contains(w)
                        || wordUsers.containsKey(Canon.of(w)) || definitionUsers.containsKey(Canon.of(w)));
                if (initialisms.stream().anyMatch(a -> own.contains(Spelling.squash(a)))) {
                    initialisms = List.of(); // the entry already has its abbreviation ("CSMA/CD")
                }
                for (String initialism : initialisms) {
                    mine.putIfAbsent(key(initialism, DerivedName.Kind.INITIALISM),
                            new DerivedName(initialism, DerivedName.Kind.INITIALISM));
                }
                if (!initialisms.isEmpty()) {
                    casedInitialism(name).ifPresent(cased -> mine.putIfAbsent(
                            key(cased, DerivedName.Kind.CASED_INITIALISM),
                            new DerivedName(cased, DerivedName.Kind.CASED_INITIALISM)));
                }
                headNoun(name).ifPresent(head -> mine.putIfAbsent(key(head, DerivedName.Kind.HEAD_NOUN),
                        new DerivedName(head, DerivedName.Kind.HEAD_NOUN)));
                leadingWord(name).ifPresent(lead -> mine.putIfAbsent(key(lead, DerivedName.Kind.LEADING_WORD),
                        new DerivedName(lead, DerivedName.Kind.LEADING_WORD)));
            }
            for (String stated : StatedNames.in(entries.get(i).definition())) {
                mine.putIfAbsent(key(stated, DerivedName.Kind.STATED), new DerivedName(stated, DerivedName.Kind.STATED));
            }
            for (String k : mine.keySet()) {
                producers.computeIfAbsent(k, x -> new HashSet<>()).add(i);
            }
            candidates.add(mine);
        }
        List<List<String>> definitions = entries.stream().map(e -> canonWords(e.definition())).toList();
        Map<Entry, List<DerivedName>> out = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            int self = i;
            List<DerivedName> kept = new ArrayList<>();
            candidates.get(i).forEach((k, d) -> {
                boolean mine = producers.get(k).size() == 1 || d.kind() == DerivedName.Kind.INITIALISM
                        && mostProminent(self, producers.get(k), entries, definitions);
                if (mine && keep(d, self, claimedNames, wordUsers)
                        && (d.kind() != DerivedName.Kind.HEAD_NOUN && d.kind() != DerivedName.Kind.LEADING_WORD
                        || !isBroad(k, self, definitionUsers, entries.size()))) {
                    kept.add(d);
                }
            });
            out.merge(entries.get(i), List.copyOf(kept),
                    (a, b) -> List.copyOf(new LinkedHashSet<>(concat(a, b))));
        }
        return out;
    }

    /**
     * Entry {@code entry} is by far the most prominent of the {@code sharers} of an initialism: the other definitions
     * use its name at least {@value #PROMINENT_MENTIONS} times and {@value #PROMINENCE_RATIO} times as often as any
     * other sharer's ("SD": standard deviation is used by the definitions of Z-score, Standard error and Standard
     * error of the mean, sampling distribution by one), so a student typing the initialism means it.
     */
    private static boolean mostProminent(int entry, Set<Integer> sharers, List<Entry> entries,
            List<List<String>> definitions) {
        int mine = mentions(entry, entries, definitions);
        if (mine < PROMINENT_MENTIONS) {
            return false;
        }
        return sharers.stream().filter(j -> j != entry)
                .allMatch(j -> mine >= PROMINENCE_RATIO * mentions(j, entries, definitions));
    }

    /** How many other entries' definitions use one of entry {@code entry}'s source names, up to plurals. */
    private static int mentions(int entry, List<Entry> entries, List<List<String>> definitions) {
        List<List<String>> names = sourceNames(entries.get(entry)).stream().map(DerivedNames::canonWords)
                .filter(n -> !n.isEmpty()).toList();
        int count = 0;
        for (int j = 0; j < definitions.size(); j++) {
            List<String> definition = definitions.get(j);
            if (j != entry && names.stream().anyMatch(n -> Collections.indexOfSubList(definition, n) >= 0)) {
                count++;
            }
        }
        return count;
    }

    private static List<String> canonWords(String text) {
        return Arrays.stream(Spelling.normalize(text).split(" ")).filter(w -> !w.isEmpty()).map(Canon::of).toList();
    }

    private static boolean keep(DerivedName d, int entry, Set<String> claimedNames,
            Map<String, Set<Integer>> wordUsers) {
        String squashed = Spelling.squash(d.name());
        if (claimedNames.contains(squashed)) {
            return false;
        }
        return switch (d.kind()) {
            case INITIALISM -> !isCommonWord(squashed);
            case CASED_INITIALISM -> true; // typed in capitals it is no English word: "MoE", not "moe"
            case STATED -> !claimedNames.contains(Canon.of(squashed));
            case HEAD_NOUN, LEADING_WORD -> !claimedNames.contains(Canon.of(squashed))
                    && wordUsers.getOrDefault(Canon.of(squashed), Set.of()).stream().allMatch(u -> u == entry);
        };
    }

    /**
     * True when the definitions of many other entries use {@code word}: more than a tenth of the
     * glossary, and at least {@value #BROAD_MIN_DEFINITIONS}. Such a word is the field's common
     * vocabulary ("dataset", "learning" in a deep-learning glossary), not a short name of one entry.
     */
    private static boolean isBroad(String word, int entry, Map<String, Set<Integer>> definitionUsers, int size) {
        long others = definitionUsers.getOrDefault(word, Set.of()).stream().filter(u -> u != entry).count();
        return others >= BROAD_MIN_DEFINITIONS && others * BROAD_SHARE_DIVISOR > size;
    }

    /**
     * The names to derive from: the term, or for a heading with a bracket the names read from it.
     * Aliases are alternatives the instructor already chose; guessing from them as well multiplies
     * weak names ("learning" from an alias "transfer learning" adds nothing the term lacks).
     */
    private static List<String> sourceNames(Entry e) {
        List<String> names = new ArrayList<>();
        names.add(e.term());
        names.addAll(e.headingNames());
        return names.stream().filter(n -> n.indexOf('(') < 0 && n.indexOf(')') < 0).toList();
    }

    /**
     * The initialisms of {@code name}, in capitals: one letter per content word, then the same with
     * hyphenated and slashed parts as words; none for a name of fewer than two content words or
     * one that already holds an acronym ("MAC address").
     */
    static List<String> initialisms(String name) {
        return initialisms(name, KnownWords::contains);
    }

    /** {@link #initialisms(String)}, where {@code isWord} says which rests after a prefix are words. */
    static List<String> initialisms(String name, Predicate<String> isWord) {
        List<String> content = words(name).stream()
                .filter(w -> !LINKING_WORDS.contains(w.toLowerCase(Locale.ROOT)))
                .toList();
        if (content.size() < 2 || content.stream().anyMatch(DerivedNames::isAcronym)) {
            return List.of();
        }
        StringBuilder whole = new StringBuilder();
        StringBuilder parts = new StringBuilder();
        StringBuilder prefixed = new StringBuilder();
        for (String word : content) {
            whole.append(initial(word));
            prefixed.append(initial(word));
            prefixRemainder(word, isWord).ifPresent(rest -> prefixed.append(initial(rest)));
            for (String part : word.split("[-/]")) {
                if (!part.isEmpty()) {
                    parts.append(initial(part));
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (StringBuilder b : List.of(whole, parts, prefixed)) {
            String s = b.toString().toUpperCase(Locale.ROOT);
            if (s.length() >= 2 && s.chars().anyMatch(Character::isLetter)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The initials of {@code name} with a small letter for each preposition between its words and none
     * for articles and conjunctions, as "QoS" and "PoE" are written: "MoE" for Margin of error; none when
     * no preposition gives a letter.
     */
    static Optional<String> casedInitialism(String name) {
        List<String> words = words(name);
        StringBuilder out = new StringBuilder();
        boolean small = false;
        for (int k = 0; k < words.size(); k++) {
            String lower = words.get(k).toLowerCase(Locale.ROOT);
            if (PREPOSITIONS.contains(lower)) {
                if (k > 0 && k < words.size() - 1) {
                    out.append(lower.charAt(0));
                    small = true;
                }
            } else if (!LINKING_WORDS.contains(lower)) {
                out.append(Character.toUpperCase(initial(words.get(k))));
            }
        }
        return small && out.chars().filter(Character::isUpperCase).count() >= 2
                ? Optional.of(out.toString()) : Optional.empty();
    }

    /**
     * The head noun of {@code name}: its last word, or the last word before a preposition that
     * follows the first word; none for a single word, a short or non-alphabetic word, a function
     * word or a word that names a kind of thing.
     */
    static Optional<String> headNoun(String name) {
        List<String> words = words(name);
        if (words.size() < 2) {
            return Optional.empty();
        }
        int end = words.size();
        for (int k = 1; k < words.size(); k++) {
            if (PREPOSITIONS.contains(words.get(k).toLowerCase(Locale.ROOT))) {
                end = k;
                break;
            }
        }
        return oneWordName(words.get(end - 1), lower -> GENERIC_HEADS.contains(Canon.of(lower)));
    }

    /**
     * The first word of a name of exactly two words when English lacks it (a proper name, an acronym, a
     * coined word): "Poisson" for Poisson distribution, "OSI" for OSI model, "simplex" for Simplex communication.
     * An English first word is a modifier that may stand for many things ("fiber" in Fiber cable).
     */
    static Optional<String> leadingWord(String name) {
        List<String> words = words(name);
        if (words.size() != 2) {
            return Optional.empty();
        }
        return oneWordName(words.get(0), lower -> KnownWords.contains(lower) || KnownWords.contains(Canon.of(lower)));
    }

    /**
     * One word of a name as a name of its own: an acronym as written, any other word in lower case; none
     * for a word of fewer than three letters, with other characters, a function word, or one {@code excluded}
     * rules out (given in lower case).
     */
    private static Optional<String> oneWordName(String word, Predicate<String> excluded) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter) || StopWords.WORDS.contains(lower)
                || excluded.test(lower)) {
            return Optional.empty();
        }
        return Optional.of(isAcronym(word) ? word : lower);
    }

    /**
     * The rest of {@code word} after a Latin or Greek prefix when that rest is a word of
     * {@value #MIN_PREFIXED_REST} letters or more, in English or in the glossary: "quartile" in
     * "interquartile", so Interquartile range also gives "IQR", as the parts of a hyphenated word do.
     */
    private static Optional<String> prefixRemainder(String word, Predicate<String> isWord) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String prefix : SPLIT_PREFIXES) {
            String rest = lower.substring(Math.min(prefix.length(), lower.length()));
            if (lower.startsWith(prefix) && rest.length() >= MIN_PREFIXED_REST && isWord.test(rest)) {
                return Optional.of(rest);
            }
        }
        return Optional.empty();
    }

    private static boolean isCommonWord(String lower) {
        return KnownWords.contains(lower) || StopWords.WORDS.contains(lower) || TWO_LETTER_WORDS.contains(lower);
    }

    /** Two capitals or more, no more lower-case letters than capitals, and not a Roman numeral. */
    private static boolean isAcronym(String word) {
        long upper = word.chars().filter(Character::isUpperCase).count();
        long lower = word.chars().filter(Character::isLowerCase).count();
        return upper >= 2 && upper >= lower && !ROMAN_NUMERAL.matcher(word).matches();
    }

    private static char initial(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return word.charAt(i);
            }
        }
        return word.charAt(0);
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : SPACES.split(name.strip())) {
            String word = EDGE_PUNCTUATION.matcher(w).replaceAll("");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String key(String name, DerivedName.Kind kind) {
        String squashed = Spelling.squash(name);
        return kind == DerivedName.Kind.HEAD_NOUN ? Canon.of(squashed) : squashed;
    }

    private static List<DerivedName> concat(List<DerivedName> a, List<DerivedName> b) {
        List<DerivedName> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
