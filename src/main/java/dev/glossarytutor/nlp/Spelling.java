package dev.glossarytutor.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text normalisation and typo tolerance shared by matching and quiz judging, so that "what a
 * student may type for a term" means the same thing everywhere.
 */
public final class Spelling {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Spelling() {
    }

    /**
     * Lower case, accents and zero-width characters removed, typographic quotes folded, every
     * run of non-alphanumerics (hyphens, punctuation, spaces) turned into one space.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return NON_WORD.matcher(folded(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Accents, zero-width characters and apostrophes removed: "don't" is one word, "naïve" is "naive". */
    private static String folded(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = INVISIBLE.matcher(s).replaceAll("");
        return s.replace('’', '\'').replace('‘', '\'').replace("'", "");
    }

    /**
     * The runs of other characters around and between the words {@link #normalize} finds in
     * {@code text}: the run before the first word, one between each two words, and the run after the
     * last, so that "log-" gives ["", "-"] and "non-linear" gives ["", "-", ""]. Empty when the text has no word.
     */
    public static List<String> separators(String text) {
        if (text == null) {
            return List.of();
        }
        String s = folded(text);
        List<String> out = new ArrayList<>();
        Matcher word = WORD.matcher(s);
        int end = 0;
        while (word.find()) {
            out.add(s.substring(end, word.start()));
            end = word.end();
        }
        if (!out.isEmpty()) {
            out.add(s.substring(end));
        }
        return out;
    }

    /** {@link #normalize} with the spaces removed too: "u net", "u-net" and "UNet" all give "unet". */
    public static String squash(String text) {
        return normalize(text).replace(" ", "");
    }

    /** How many edits a word of this length may carry and still count as a typo of the word. */
    public static int allowedEdits(int length) {
        if (length <= 4) {
            return 0;
        }
        if (length <= 8) {
            return 1;
        }
        if (length <= 12) {
            return 2;
        }
        return 3;
    }

    /**
     * True when a normalised word is a number: digits ("2", "443") or a roman numeral ("ii", "iv").
     * A number one off is another number, never a typo: a type III error is not a type II error.
     */
    public static boolean isNumber(String word) {
        return isDigits(word) || Canon.isRomanNumeral(word);
    }

    /** True when a word is digits only ("2", "443"), not empty. */
    static boolean isDigits(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code typed} is within the typo budget of {@code target}'s length and starts with
     * the same letter: students rarely mistype the first letter, and other real words often differ
     * only there ("sensor" is not "tensor"). The digits must be the same: "layer 3 switch" is not
     * a misspelt "layer 2 switch".
     */
    public static boolean isTypoOf(String typed, String target) {
        int budget = allowedEdits(Math.min(typed.length(), target.length()));
        return !typed.isEmpty() && !target.isEmpty() && typed.charAt(0) == target.charAt(0)
                && digits(typed).equals(digits(target))
                && Math.abs(typed.length() - target.length()) <= budget
                && distance(typed, target, budget) <= budget;
    }

    private static String digits(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /** Three rows of the distance table per thread: the matcher computes thousands of distances per question. */
    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[][] {new int[32], new int[32], new int[32]});

    /**
     * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), stopping
     * early once it must exceed {@code limit}; returns {@code limit + 1} in that case.
     */
    public static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[][] rows = ROWS.get();
        if (rows[0].length < m + 1) {
            rows = new int[][] {new int[m + 1], new int[m + 1], new int[m + 1]};
            ROWS.set(rows);
        }
        int[] prev2 = rows[0];
        int[] prev = rows[1];
        int[] cur = rows[2];
        java.util.Arrays.fill(prev2, 0, m + 1, 0);
        java.util.Arrays.fill(cur, 0, m + 1, 0);
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], limit + 1);
    }

    /** Plain distance without a limit. */
    public static int distance(String a, String b) {
        return distance(a, b, Math.max(a.length(), b.length()));
    }
}
