package dev.glossarytutor.nlp;

import java.util.List;
import java.util.Set;

/**
 * Words that close a question by saying how to explain, not what: "explain the CLT in simple words",
 * "what is a p-value in plain english", "... like I'm five", "... for beginners". They are the
 * question's frame, never part of the phrase it asks about. English phrasing, no course's words.
 */
final class MannerAdjunct {
    /** The nouns of "in simple terms", "in plain english", "in layman's language". */
    private static final Set<String> MANNER_NOUNS = Set.of("terms", "words", "english", "language");
    /** Who an explanation is pitched at: "for beginners", "for dummies", "like I'm five". */
    private static final Set<String> AUDIENCES = Set.of("beginner", "beginners", "dummies", "dummy", "noob", "noobs",
            "newbie", "newbies", "five", "5", "kid", "child", "baby");
    /** How many words may stand between the preposition and the manner noun: "in very simple terms". */
    private static final int MODIFIERS = 3;

    private MannerAdjunct() {
    }

    /** The first word of a manner adjunct ending words [from, to), else {@code to}. */
    static int start(List<Word> words, int from, int to) {
        for (int i = Math.max(from + 1, to - MODIFIERS - 2); i < to - 1; i++) {
            String w = words.get(i).norm();
            String last = words.get(to - 1).norm();
            if (w.equals("in") && MANNER_NOUNS.contains(last) && i + 1 < to - 1) {
                return i; // "in simple words": at least one word says how
            }
            if ((w.equals("for") || w.equals("like")) && AUDIENCES.contains(last)) {
                return i;
            }
        }
        return to;
    }
}
