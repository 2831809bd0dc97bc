package dev.glossarytutor.nlp;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word forms that should count as the same word: US and British spellings, singular and plural.
 * Both the glossary's names and the student's words go through the same rules, so the rules
 * only need to be consistent, not linguistically perfect.
 */
public final class Canon {

    private Canon() {
    }

    /** The primary canonical form of one normalised word: US spelling, then singular. */
    public static String of(String word) {
        return singular(usSpelling(word));
    }

    /** Every form a word may match by: as typed, US spelling, singular, and the given lemma. */
    public static Set<String> forms(String word, String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        String us = usSpelling(word);
        forms.add(us);
        forms.add(singular(us));
        if (us.endsWith("ses") && us.length() > 5) {
            forms.add(us.substring(0, us.length() - 2)); // biases → bias, where the tagger misses the noun
        }
        if (lemma != null && !lemma.isBlank()) {
            String l = usSpelling(lemma);
            forms.add(l);
            forms.add(singular(l));
        }
        int numeral = ROMAN.indexOf(word);
        int spelt = NUMBER_WORDS.indexOf(word);
        if (numeral >= 0) {
            forms.add(Integer.toString(numeral + 1)); // "type ii" is "type 2"
        } else if (spelt >= 0) {
            forms.add(Integer.toString(spelt + 1)); // "two-sample test" is "2 sample test"
            forms.add(ROMAN.get(spelt)); // "type two error" is "type ii error"
        } else if (isOneToTen(word)) {
            forms.add(ROMAN.get(Integer.parseInt(word) - 1));
            forms.add(NUMBER_WORDS.get(Integer.parseInt(word) - 1));
        }
        return forms;
    }

    /** "1" to "9" or "10" (what {@code word.matches("[1-9]|10")} said, without compiling a pattern for every word). */
    private static boolean isOneToTen(String word) {
        return word.length() == 1 ? word.charAt(0) >= '1' && word.charAt(0) <= '9' : word.equals("10");
    }

    /** True for the roman numerals two to ten ("ii", "iv"): "i", "v" and "x" are also letters and words. */
    static boolean isRomanNumeral(String word) {
        return word.length() >= 2 && ROMAN.contains(word);
    }

    /** Roman numerals one to ten, as names write them ("Type II error"). */
    private static final java.util.List<String> ROMAN =
            java.util.List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

    /** The numbers one to ten as English spells them ("Two-sample test"). */
    private static final java.util.List<String> NUMBER_WORDS = java.util.List.of("one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten");

    /** British → US spelling for the common suffix patterns (regularisation, normalise, behaviour). */
    public static String usSpelling(String w) {
        if (w.length() < 5) {
            return w;
        }
        String s = w;
        for (int i = 0; i < BRITISH.length; i++) {
            s = BRITISH[i].matcher(s).replaceFirst(AMERICAN[i]);
        }
        return s.replace("lling", "ling").replace("lled", "led");
    }

    /** Suffix rules, compiled once: this runs for every word of every message. */
    private static final Pattern[] BRITISH = {
        Pattern.compile("isation(s?)$"), Pattern.compile("is(e|ed|es|ing|er|ers)$"), Pattern.compile("ys(e|ed|es|ing)$"),
        Pattern.compile("our(s?)$"), Pattern.compile("tre(s?)$"), Pattern.compile("ogue(s?)$")};
    private static final String[] AMERICAN = {"ization$1", "iz$1", "yz$1", "or$1", "ter$1", "og$1"};

    /** The singular, by the one plural rule of {@link Inflection}. */
    static String singular(String w) {
        return Inflection.singular(w);
    }
}
