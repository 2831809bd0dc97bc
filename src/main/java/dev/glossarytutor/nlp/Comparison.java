package dev.glossarytutor.nlp;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A message that asks how two things differ or relate: "X vs Y", "difference between X and Y". */
final class Comparison {
    private static final Set<String> COMPARE_WORDS = Set.of("vs", "versus", "v");
    private static final Pattern COMPARE_FRAME = Pattern.compile(
            "\\b(?:difference|differences|differ|differs|distinguish(?:es|ed|ing)?|compare[sd]?|comparing|comparison"
            + "|contrast|opposite\\s+of)\\b|\\bdifferent\\s+(?:from|than)\\b"
            + "|\\brelate[sd]?\\s+to\\b|\\b(?:relationship|relation|connection)\\s+between\\b"
            + "|\\bsame\\s+(?:thing\\s+)?as\\b|\\bsimilar\\s+to\\b"
            // "X and Y, how are they different", "are these two different": two things said to differ (not "these two
            // different tests", see attributive)
            + "|\\b(?:they|these|those|both)\\s+(?:two\\s+)?(?:(?:so|really|actually|even)\\s+)?different\\b"
            // "i always mix up validation set and test set, can u explain both": asked to explain two things at once
            + "|\\b(?:explain|define|describe|clarify)\\s+(?:them\\s+)?both\\b");
    /** A comparison word this near the start heads the phrase: "difference between X and Y", "the difference ...". */
    private static final int COMPARISON_HEAD = 3;
    /** Words that open a question only at its start ("is X ...", "can you ..."), never inside a sentence. */
    private static final Set<String> OPENING_ONLY = Set.of("is", "are", "does", "do", "can", "could");

    private Comparison() {
    }

    /** "X vs Y", "X versus Y": a comparison, whatever else the message says. */
    static boolean byWord(Message m) {
        return m.words().stream().anyMatch(w -> COMPARE_WORDS.contains(w.norm()) && w.norm().length() > 1);
    }

    /**
     * "difference between X and Y" names a comparison; "a test where ... different from the claim"
     * describes something.
     */
    static boolean headsMessage(Message m) {
        Matcher comparison = COMPARE_FRAME.matcher(m.joined());
        return comparison.find() && m.wordAt(comparison.start()) < COMPARISON_HEAD && !attributive(m, comparison);
    }

    /** The match ends on "different" before a word it modifies: "these two different tests" compare nothing. */
    private static boolean attributive(Message m, Matcher match) {
        int next = m.wordAt(match.end());
        return match.group().endsWith("different") && next < m.size()
                && (m.word(next).isNounLike() || m.word(next).pos().equals("ADJ"));
    }

    /**
     * A comparison frame ("different from", "difference", "compare") in a sentence that asks
     * something: "does anyone know what standardization is? in the video they do it to the
     * columns before comparing them" compares nothing.
     */
    static boolean inAQuestion(Message m) {
        Matcher match = COMPARE_FRAME.matcher(m.joined());
        boolean oneSentence = m.tokens().get(m.tokens().size() - 1).sentence() == m.tokens().get(0).sentence();
        while (match.find()) {
            if (attributive(m, match)) {
                continue;
            }
            if (oneSentence) {
                return true;
            }
            int sentence = m.sentenceOf(Math.min(m.wordAt(match.start()), m.size() - 1));
            boolean asks = m.tokens().stream().filter(t -> t.sentence() == sentence)
                    .anyMatch(t -> t.text().contains("?") || QuestionWords.CLAUSE_WH.contains(t.norm())
                            || QuestionWords.WH.contains(t.norm()) && !OPENING_ONLY.contains(t.norm()));
            if (asks) {
                return true;
            }
        }
        return false;
    }
}
