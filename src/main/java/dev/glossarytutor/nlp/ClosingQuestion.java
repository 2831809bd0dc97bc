package dev.glossarytutor.nlp;

import java.util.List;
import java.util.Set;

/**
 * A wh-question that closes a message after a break, and what it asks of the words before it:
 * "the glass cables that are as thin as a hair, what are those", "training loss goes down but
 * validation loss goes up, what is happening".
 *
 * @param lead the first word of the closing question; the message's length when none closes it
 * @param asks what it asks of the words before it
 */
record ClosingQuestion(int lead, Asks asks) {
    /** What a question closing a message asks of the words before it. */
    enum Asks {
        /** Nothing of them, or no question closes the message. */
        NONE,
        /** It points back at them: "what is it", "what even is that", "what are they counting". */
        BACK,
        /** It asks what they amount to: "what is happening", "what is going on". */
        SITUATION
    }

    /** Words that introduce an example: "like", "e.g.", "such as". */
    private static final Set<String> EXAMPLE_MARKERS = Set.of("like", "eg", "as");
    /** Parts of speech besides nouns that name something the question asks about. */
    private static final Set<String> NAMING = Set.of("ADJ", "NUM", "X");

    static ClosingQuestion of(Message m) {
        int lead = lead(m);
        return new ClosingQuestion(lead, lead < m.size() ? asks(m.words(), lead) : Asks.NONE);
    }

    /**
     * The words before the question ("the layer that shrinks the feature map ...", "when you just
     * ask whoever is easiest to reach", "training loss goes down ...") describe a thing or a
     * situation, with no question after them or one that only points back at them.
     */
    boolean followsADescription(Message m) {
        List<Word> words = m.words();
        if (asks == Asks.BACK && questionMarkBefore(m, lead)) {
            return false; // "... is that the standard error of the proportion? what is it": a question names it
        }
        Referent quoted = asks == Asks.BACK ? Referent.lastQuoted(m.tokens(), words, lead) : null;
        if (quoted != null && (quoted.from() == 0 || !EXAMPLE_MARKERS.contains(words.get(quoted.from() - 1).norm()))) {
            // "every cell says 'margin of error' what does that mean": it points at the words quoted (not at an
            // example quoted: "the plus-or-minus part, like "±3 points", what's that")
            return false;
        }
        if (lead == words.size() && questionMarkBefore(m, words.size() - 1)) {
            // "subnet mask?? like 255.255.255.0": a question mark inside ends a question that names what it asks about;
            // the words after it add to that question, they do not make the message one description
            return false;
        }
        return lead == words.size() || asks == Asks.BACK
                ? DescriptionForm.of(words, 0, lead)
                : asks == Asks.SITUATION && DescriptionForm.saysEnough(words, 0, lead);
    }

    /**
     * A question mark ends a sentence before word {@code word} (the closing question's lead, or the message's last
     * word): the words before it ask, they do not describe.
     */
    private static boolean questionMarkBefore(Message m, int word) {
        int token = m.word(word).token();
        return m.tokens().subList(0, token).stream().anyMatch(t -> !t.isWord() && t.text().contains("?"));
    }

    /**
     * The first word of a wh-question that closes the message after a break, perhaps with fillers
     * between ("?? like what even is that"), else the message's length.
     */
    private static int lead(Message m) {
        for (int i = m.size() - 1; i >= 2; i--) {
            if (!QuestionWords.CLAUSE_WH.contains(m.word(i).norm())
                    || i + 1 < m.size() && QuestionWords.opensARelativeClause(m.word(i).norm(), m.word(i + 1).norm())) {
                continue;
            }
            // "?? like what even is that": fillers before a question only when it points back
            if (m.followsABreak(m.word(i).token()) || afterFillers(m, i) && asks(m.words(), i) == Asks.BACK) {
                return i;
            }
        }
        return m.size();
    }

    /** Word {@code i} follows a break with fillers ("like", "ok", "lol") between. */
    private static boolean afterFillers(Message m, int i) {
        int k = i;
        while (k > 0 && FILLERS.contains(m.word(k - 1).norm()) && !m.followsABreak(m.word(k).token())) {
            k--;
        }
        return k < i && m.followsABreak(m.word(k).token());
    }

    /**
     * Words a writer puts between a break and the question, which say nothing of either; not "and",
     * "so" or "but", which join the question to what came before.
     */
    private static final Set<String> FILLERS = Set.of("like", "ok", "okay", "um", "uh", "hmm", "lol");

    /** What the question of words [lead, end) asks of the words before it. */
    private static Asks asks(List<Word> words, int lead) {
        int i = lead + 1;
        while (i < words.size()
                && (words.get(i).pos().equals("AUX") || words.get(i).pos().equals("ADV")
                || QuestionWords.EMBEDDED_VERBS.contains(words.get(i).norm()))) {
            i++;
        }
        List<Word> rest = words.subList(i, words.size());
        boolean names = rest.stream().anyMatch(w -> w.isNounLike() || NAMING.contains(w.pos()));
        if (rest.isEmpty() || !names && Referent.ANAPHORS.contains(rest.get(0).norm())) {
            return Asks.BACK;
        }
        boolean situation = !names
                && rest.stream().noneMatch(w -> w.pos().equals("PRON") || QuestionWords.MEAN.contains(w.norm()))
                && rest.stream().anyMatch(w -> w.pos().equals("VERB"));
        return situation ? Asks.SITUATION : Asks.NONE;
    }
}
