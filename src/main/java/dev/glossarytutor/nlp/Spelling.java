package dev.glossarytutor.nlp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text normalisation and typo tolerance shared by matching and quiz judging, so that "what a
 * student may type for a term" means the same thing everywhere.
 */
public final class Spelling {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = s.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
        s = s.replace("'", "");
        return NON_WORD.matcher(s).replaceAll(" ").strip();
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
     * True when {@code typed} is within the typo budget of {@code target}'s length and starts with
     * the same letter: students rarely mistype the first letter, and other real words often differ
     * only there ("sensor" is not "tensor").
     */
    public static boolean isTypoOf(String typed, String target) {
        int budget = allowedEdits(Math.min(typed.length(), target.length()));
        return !typed.isEmpty() && !target.isEmpty() && typed.charAt(0) == target.charAt(0)
                && Math.abs(typed.length() - target.length()) <= budget
                && distance(typed, target, budget) <= budget;
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
