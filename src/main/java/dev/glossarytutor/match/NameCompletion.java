package dev.glossarytutor.match;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.nlp.Canon;
import dev.glossarytutor.nlp.Spelling;
import dev.glossarytutor.nlp.Word;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks names against what a student has typed so far, for autocomplete and for resolving a
 * picked name. Unlike {@link TermMatcher#match}, which finds names inside a sentence, this reads
 * the whole input as the start of one name, possibly misspelt.
 */
final class NameCompletion {
    private NameCompletion() {
    }

    /**
     * Entries ranked by how well {@code typed} spells one of {@code names}, best first, at most
     * {@code limit}: prefixes first, then typos, then words inside names.
     */
    static List<Entry> rank(List<NameForm> names, String typed, int limit) {
        String q = Spelling.squash(typed);
        String qCanon = Canon.of(q);
        String typedWords = Spelling.normalize(typed);
        Map<Entry, Double> best = new LinkedHashMap<>();
        for (NameForm nf : names) {
            double s = nameScore(q, qCanon, typedWords, nf);
            if (s > 0) {
                best.merge(nf.entry(), s, Math::max);
            }
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<Entry, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().term()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double nameScore(String q, String qCanon, String typedWords, NameForm nf) {
        if (q.isEmpty()) {
            return nf.name().equals(nf.entry().term()) ? 0.1 : 0;
        }
        String plain = nf.plain();
        boolean ownName = nf.name().equals(nf.entry().term());
        if (plain.equals(q) || nf.squashed().equals(qCanon)) {
            return 1.0;
        }
        if (plain.startsWith(q)) {
            // the start of the term's own name first; the start of an alias ("s" in "SGD") after
            return (ownName ? 0.9 : 0.74) + 0.05 * q.length() / plain.length();
        }
        if (ownName && !typedWords.contains(" ")
                && nf.words().stream().anyMatch(w -> w.norm().startsWith(typedWords))) {
            // a later word of the term's own name ("s" in Latent Space): visible to the student, so
            // above the start of an alias they cannot see, below a one-letter typo of a whole name
            return 0.79;
        }
        int budget = Spelling.allowedEdits(Math.max(q.length(), 4));
        int d = Spelling.distance(q, plain, budget);
        if (d <= budget) {
            return 0.85 - 0.05 * d;
        }
        if (q.length() >= 4 && q.length() < plain.length()) {
            int dp = Spelling.distance(q, plain.substring(0, q.length()), Spelling.allowedEdits(q.length()));
            if (dp <= Spelling.allowedEdits(q.length())) {
                return 0.7 - 0.05 * dp;
            }
        }
        if (!nf.derived() && wordByWord(typedWords, nf.words())) {
            return 0.65;
        }
        for (Word w : nf.words()) {
            if (typedWords.length() >= 2 && w.norm().startsWith(typedWords)) {
                return 0.6;
            }
        }
        return plain.contains(q) && q.length() >= 3 ? 0.5 : 0;
    }

    /**
     * Several typed words that begin the name's words in order, each allowing a typo: "recep feild"
     * for Receptive Field, as a student types it before finishing.
     */
    private static boolean wordByWord(String typedWords, List<Word> nameWords) {
        String[] typed = typedWords.split(" ");
        if (typed.length < 2 || typed.length > nameWords.size()) {
            return false;
        }
        for (int i = 0; i < typed.length; i++) {
            String t = typed[i];
            String n = nameWords.get(i).norm();
            int budget = Spelling.allowedEdits(Math.max(t.length(), 4));
            boolean close = n.startsWith(t) || Spelling.distance(t, n, budget) <= budget
                    || t.length() < n.length() && Spelling.distance(t, n.substring(0, t.length()), budget) <= budget;
            if (!close) {
                return false;
            }
        }
        return true;
    }
}
