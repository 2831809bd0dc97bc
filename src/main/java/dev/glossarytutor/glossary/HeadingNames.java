package dev.glossarytutor.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names a student may type for a heading that carries a bracket. Instructors copy headings from
 * course material as it stands: {@code Transmission Control Protocol (TCP)},
 * {@code MAC(Media Access Control) address}, {@code Type I error (false positive)}, and nobody
 * asks about "transmission control protocol (tcp)". The rules, applied to the first round bracket
 * and then again to every name they yield (so a heading with two brackets works too):
 * <ol>
 * <li><b>Without the bracket.</b> The heading with the bracket and its content removed is always a
 * name: {@code Transmission Control Protocol}, {@code MAC address}, {@code Addition rule} for
 * {@code Addition rule (for mutually exclusive events)}.</li>
 * <li><b>Expansion after an acronym.</b> When the word right before the bracket is an acronym and
 * the bracket holds two or more words whose initials spell it, the expansion replaces the acronym:
 * {@code MAC(Media Access Control) address} also gives {@code Media Access Control address}.</li>
 * <li><b>Acronym after its expansion.</b> When the bracket holds one acronym whose letters spell
 * the initials of the words right before the bracket, the acronym replaces those words:
 * {@code Transmission Control Protocol (TCP)} gives {@code TCP}, {@code Media Access Control (MAC)
 * address} gives {@code MAC address}. An acronym whose letters do not fit is a context label
 * ({@code Kernel (CNN)}) and yields nothing.</li>
 * <li><b>Alternative name.</b> A bracket that ends the heading and holds a short noun phrase (one to
 * four words, not opening with a preposition, determiner or "e.g.", not a usage label such as
 * "optional") is another name: {@code Type I error (false positive)} gives {@code false positive}.
 * Several names may be separated by commas or semicolons, and "aka", "also known as", "also
 * called" or "or" in front of a name is dropped.</li>
 * <li><b>Optional word part.</b> One to three letters in a bracket glued to a word are an optional
 * part of it: {@code Neural network(s)} gives {@code Neural network} and {@code Neural networks}.</li>
 * </ol>
 * Initials match when every word of the expansion, apart from linking words such as "of", "and"
 * or "with", gives its first letter to the acronym in order, optionally followed by more of its own
 * letters ({@code Virtual LAN} spells {@code VLAN}); hyphens and slashes separate words
 * ({@code Carrier-Sense Multiple Access with Collision Detection} spells {@code CSMA/CD}). A word
 * is an acronym when it has at least two capitals and no more lower-case letters than capitals
 * ({@code TCP}, {@code CSMA/CD}, {@code IPv4}, {@code ReLU}; not {@code PyTorch}).
 *
 * <p>Known limit: a lower-case bracket that only says which field the term belongs to
 * ({@code Entropy (information theory)}) reads as an alternative name; nothing in the heading
 * tells the two apart. Headings with nested or unbalanced brackets yield no names.
 */
public final class HeadingNames {
    private static final int MAX_ALTERNATIVE_WORDS = 4;
    private static final int MAX_WORD_PART = 3;
    private static final int MAX_DEPTH = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.;:!?])");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s/\\-–]+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern ACRONYM_CHARS = Pattern.compile("[\\p{L}\\p{N}/&.\\-]+");
    private static final Pattern WORD_PART = Pattern.compile("\\p{L}{1," + MAX_WORD_PART + "}");
    /** Words an expansion may contain without giving a letter to the acronym. */
    private static final Set<String> LINKING_WORDS = Set.of("of", "the", "and", "with", "for", "in", "on", "to",
            "a", "an", "by", "at", "from", "or", "over", "&");
    /** First words of a bracket that qualifies the heading rather than naming it. */
    private static final Set<String> QUALIFIER_STARTS = Set.of("for", "of", "in", "on", "at", "by", "with", "without",
            "from", "to", "as", "about", "per", "via", "within", "under", "over", "between", "during", "when", "where",
            "if", "see", "cf", "cf.", "e.g.", "e.g", "eg", "eg.", "i.e.", "i.e", "ie", "ie.", "etc", "etc.", "not",
            "only", "usually", "often", "sometimes", "mostly", "mainly", "also", "a", "an", "the", "this", "that",
            "these", "those", "each", "every", "some", "any", "its", "their", "is", "are", "was", "used", "sense",
            "plural", "singular");
    /** Whole brackets that label the heading (usage, grammar) instead of naming it. */
    private static final Set<String> LABELS = Set.of("optional", "deprecated", "informal", "formal", "obsolete",
            "abbr", "abbr.", "abbreviation", "acronym", "noun", "verb", "adjective", "adj", "adj.", "rare", "archaic",
            "colloquial", "slang", "old", "new", "draft", "todo", "tbd", "advanced", "basic", "general");
    /** Words in front of an alternative name that only announce it ("aka SGD"). */
    private static final List<String> INTRODUCERS = List.of("also known as ", "also called ", "a.k.a. ", "a.k.a ",
            "aka ", "or ", "abbreviated ");

    private HeadingNames() {
    }

    /**
     * The names {@code heading} yields besides itself, in the order of the rules above, without
     * repeats (ignoring case); empty for a heading without brackets.
     */
    public static List<String> of(String heading) {
        String text = heading.strip();
        Map<String, String> names = new LinkedHashMap<>();
        if (text.indexOf('(') >= 0 || text.indexOf(')') >= 0) {
            expand(text, names, 0);
        }
        names.remove(key(text));
        return List.copyOf(names.values());
    }

    private static void expand(String text, Map<String, String> names, int depth) {
        int open = text.indexOf('(');
        int close = text.indexOf(')');
        if (open < 0 && close < 0) {
            add(text, names);
            return;
        }
        if (depth >= MAX_DEPTH || open < 0 || close < open || text.indexOf('(', open + 1) >= 0
                && text.indexOf('(', open + 1) < close) {
            return; // unbalanced or nested: better no derived name than a wrong one
        }
        String before = text.substring(0, open);
        String inside = text.substring(open + 1, close).strip();
        String after = text.substring(close + 1);
        List<String> found = new ArrayList<>();
        if (isWordPart(text, open, close, inside)) {
            found.add(before + after);
            found.add(before + inside + after);
        } else {
            found.add(join(before, after));
            found.addAll(replacements(before, inside, after));
        }
        for (String name : found) {
            expand(clean(name), names, depth + 1);
        }
    }

    /** Names in which the bracket stands in for words next to it, or stands alone. */
    private static List<String> replacements(String before, String inside, String after) {
        List<String> words = words(before);
        if (inside.isEmpty()) {
            return List.of();
        }
        if (!words.isEmpty() && isAcronym(words.get(words.size() - 1)) && words(inside).size() >= 2
                && spells(words.get(words.size() - 1), inside)) {
            String rest = String.join(" ", words.subList(0, words.size() - 1));
            return List.of(join(join(rest, inside), after));
        }
        if (isAcronym(inside) && !inside.contains(" ")) {
            for (int from = words.size() - 1; from >= 0; from--) {
                if (!LINKING_WORDS.contains(words.get(from).toLowerCase(Locale.ROOT))
                        && spells(inside, String.join(" ", words.subList(from, words.size())))) {
                    String rest = String.join(" ", words.subList(0, from));
                    return List.of(join(join(rest, inside), after));
                }
            }
            return List.of(); // a context label such as "Kernel (CNN)"
        }
        if (!after.isBlank() || words.isEmpty()) {
            return List.of();
        }
        List<String> alternatives = new ArrayList<>();
        for (String part : inside.split("[,;]")) {
            String name = withoutIntroducer(part.strip());
            if (isShortNounPhrase(name)) {
                alternatives.add(name);
            }
        }
        return alternatives;
    }

    /** "network(s)", "(un)supervised": a few letters glued to a word, with no space inside. */
    private static boolean isWordPart(String text, int open, int close, String inside) {
        boolean gluedLeft = open > 0 && Character.isLetter(text.charAt(open - 1));
        boolean gluedRight = close + 1 < text.length() && Character.isLetter(text.charAt(close + 1));
        return (gluedLeft || gluedRight) && WORD_PART.matcher(inside).matches() && !isAcronym(inside);
    }

    private static String withoutIntroducer(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        for (String intro : INTRODUCERS) {
            if (lower.startsWith(intro)) {
                return part.substring(intro.length()).strip();
            }
        }
        return part;
    }

    private static boolean isShortNounPhrase(String phrase) {
        List<String> words = words(phrase);
        if (words.isEmpty() || words.size() > MAX_ALTERNATIVE_WORDS) {
            return false;
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (LABELS.contains(lower) || QUALIFIER_STARTS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (phrase.matches(".*[:;!?=\"].*") || phrase.endsWith(".") && !isAcronym(phrase)) {
            return false;
        }
        long letters = phrase.chars().filter(Character::isLetter).count();
        return letters >= 2 && Character.isLetterOrDigit(phrase.charAt(0));
    }

    /**
     * True when {@code word} has at least two capitals and no more lower-case letters than capitals,
     * made only of letters, digits and the joiners / &amp; . - ("TCP", "CSMA/CD", "IPv4").
     */
    static boolean isAcronym(String word) {
        if (!ACRONYM_CHARS.matcher(word).matches()) {
            return false;
        }
        long upper = word.chars().filter(Character::isUpperCase).count();
        long lower = word.chars().filter(Character::isLowerCase).count();
        return upper >= 2 && upper >= lower;
    }

    /**
     * True when the letters of {@code acronym} spell the initials of {@code expansion}: each word
     * that is not a linking word gives its first letter in order, optionally followed by later
     * letters of the same word; linking words may give their first letter or nothing.
     */
    static boolean spells(String acronym, String expansion) {
        String letters = NOT_ALPHANUMERIC.matcher(acronym.toLowerCase(Locale.ROOT)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String w : WORD_SEPARATORS.split(expansion.toLowerCase(Locale.ROOT))) {
            String word = w.equals("&") ? w : NOT_ALPHANUMERIC.matcher(w).replaceAll("");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        boolean hasContentWord = words.stream().anyMatch(w -> !LINKING_WORDS.contains(w));
        return letters.length() >= 2 && hasContentWord && spells(letters, 0, words, 0);
    }

    private static boolean spells(String letters, int at, List<String> words, int word) {
        if (word == words.size()) {
            return at == letters.length();
        }
        String w = words.get(word);
        boolean linking = LINKING_WORDS.contains(w);
        if (linking && spells(letters, at, words, word + 1)) {
            return true;
        }
        if (at == letters.length() || w.charAt(0) != letters.charAt(at)) {
            return false;
        }
        // the word's first letter, then any number of later letters of the same word
        int taken = at + 1;
        int inWord = 1;
        if (spells(letters, taken, words, word + 1)) {
            return true;
        }
        while (taken < letters.length()) {
            int found = w.indexOf(letters.charAt(taken), inWord);
            if (found < 0) {
                return false;
            }
            inWord = found + 1;
            taken++;
            if (spells(letters, taken, words, word + 1)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        String s = text.strip();
        return s.isEmpty() ? List.of() : List.of(SPACES.split(s));
    }

    private static String join(String a, String b) {
        return (a.strip() + " " + b.strip()).strip();
    }

    private static String clean(String name) {
        String s = SPACES.matcher(name).replaceAll(" ").strip();
        return SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("$1");
    }

    private static void add(String name, Map<String, String> names) {
        String n = clean(name);
        if (n.chars().anyMatch(Character::isLetterOrDigit)) {
            names.putIfAbsent(key(n), n);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
