package dev.glossarytutor.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A message whose writer takes back a question and asks another: "what's a subnet... no wait, I mean
 * what is an octet?", "what is a hub? actually no, what is a router". The question asked is the one
 * after the repair marker. The markers are English discourse markers of self-repair, not any
 * course's wording; "I mean" alone is left out because it more often elaborates than corrects
 * ("what is a router? I mean the one at home").
 */
final class SelfRepair {
    /** Two-word markers that take back what came before. */
    private static final Set<List<String>> MARKERS = Set.of(
            List.of("no", "wait"), List.of("wait", "no"), List.of("actually", "no"), List.of("no", "actually"),
            List.of("scratch", "that"), List.of("never", "mind"), List.of("i", "meant"));
    /** One-word markers of the same kind. */
    private static final Set<String> SINGLE_MARKERS = Set.of("nevermind", "nvm");
    /** Words that may follow a marker before the new question: "no wait, sorry, I mean ...". */
    private static final Set<String> FILLERS = Set.of("sorry", "i", "mean", "meant", "oops", "like", "no", "wait",
            "actually", "so", "ok", "okay");

    private SelfRepair() {
    }

    /**
     * The text of the question after the last repair marker, when some word precedes the marker and
     * something follows it; empty when the message takes nothing back. Whether that text asks
     * anything is the parser's to decide.
     */
    static Optional<String> retakenQuestion(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 1; i--) {
            int after = markerEnd(tokens, i);
            if (after < 0 || !hasWordBefore(tokens, i)) {
                continue;
            }
            while (after < tokens.size() && (!tokens.get(after).isWord() || FILLERS.contains(tokens.get(after).norm()))) {
                after++;
            }
            return after < tokens.size() ? Optional.of(Message.textOf(tokens.subList(after, tokens.size()))) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The index after a repair marker starting at token {@code i}, or -1 when none starts there. */
    private static int markerEnd(List<Token> tokens, int i) {
        String word = tokens.get(i).norm();
        if (SINGLE_MARKERS.contains(word)) {
            return i + 1;
        }
        if (i + 1 < tokens.size() && MARKERS.contains(List.of(word, tokens.get(i + 1).norm()))) {
            return i + 2;
        }
        return -1;
    }

    private static boolean hasWordBefore(List<Token> tokens, int i) {
        return tokens.subList(0, i).stream().anyMatch(Token::isWord);
    }
}
