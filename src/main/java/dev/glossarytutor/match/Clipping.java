package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;

/**
 * A word of a question that students write for a longer word of a name: its start ("dev" for
 * deviation, "prob" for probability), its start with a plural "s" ("stats" for statistics), or
 * its consonants ("std" for standard, "thm" for theorem). A name every word of which is spelt so
 * or in full ("std dev", "desc stats", "central limit thm") is that name clipped.
 */
final class Clipping {
    /** Shorter clippings say too little ("st", "p"). */
    private static final int MIN_LENGTH = 3;

    private Clipping() {
    }

    /** True when {@code asked} is a clipping of {@code named}, a longer word. */
    static boolean clips(Word asked, Word named) {
        String a = asked.norm();
        String n = named.norm();
        if (a.length() < MIN_LENGTH || a.length() >= n.length() || a.charAt(0) != n.charAt(0)
                || !a.chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (n.startsWith(a)) {
            return true;
        }
        String singular = a.endsWith("s") ? a.substring(0, a.length() - 1) : a;
        if (singular.length() >= MIN_LENGTH && n.startsWith(singular)) {
            return true; // "stats", "params"
        }
        return consonants(a) && !KnownWords.contains(a) && subsequence(a, n);
    }

    /** No vowel after the first letter: "std", "thm", "pkt". */
    private static boolean consonants(String a) {
        for (int i = 1; i < a.length(); i++) {
            if ("aeiouy".indexOf(a.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The letters of {@code a} appear in {@code n} in order. */
    private static boolean subsequence(String a, String n) {
        int j = 0;
        for (int i = 0; i < n.length() && j < a.length(); i++) {
            if (n.charAt(i) == a.charAt(j)) {
                j++;
            }
        }
        return j == a.length();
    }
}
