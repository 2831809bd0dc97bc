package dev.glossarytutor.nlp;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A frame that ends a message by asking for the name of what the words before it describe:
 * "..., what is it called", "... whats the term", "... is there a word for that", "..., what's that
 * algorithm", "..., whats the technical term" (each perhaps followed by the field it is named in:
 * "... called in networking"), or a question that opens with a question word and ends in "called".
 */
final class ClosingNameFrame {
    /**
     * "..., what is it called", "... whats the term", "... is there a word for that", "... what
     * property is that".
     */
    private static final Pattern TRAILING_FRAME = Pattern.compile(
            "(?:^|\\s)(?:"
            + "(?:what|whats|how)\\s+(?:is\\s+|s\\s+|are\\s+|would\\s+|do\\s+)?(?:it|this|that|these|those|the|they|you|we)?\\s*"
            + "(?:\\w+\\s+){0,4}(?:be\\s+)?called"
            + "|(?:what|whats)\\s+(?:is\\s+|s\\s+)?(?:the|a)\\s+(?:term|word|name|phrase)(?:\\s+(?:for|of)\\s+(?:it|that|this|them)(?:\\s+\\w+)?)?"
            // "..., what kind of test is that", "..., what kind of convolution do i use"
            + "|what\\s+(?:kind|kinds|type|types|sort)\\s+of\\s+(?:\\w+\\s+){1,2}"
            + "(?:(?:is|s|are)\\s+(?:that|this|it|those|these)|(?:do|does|should|would|can)\\s+(?:i|you|we|one|u)\\s+\\w+)"
            // "... is there a word for that", "... is there like a theorem for this": any kind of name
            + "|(?:is\\s+there|whats|theres)\\s+(?:like\\s+)?(?:a|an)\\s+\\w+\\s+for\\s+(?:it|that|this|them)"
            + "|what\\s+(?:do|would|should|does)\\s+(?:you|we|people|they|one|u)\\s+call\\s+(?:it|that|this|them)"
            // "..., what property is that", not "what even is it", whose adverb names nothing
            + "|(?:what|which)\\s+(?!(?:even|exactly|actually|really|else|then|now|again|just)\\b)\\w+\\s+(?:is|s)\\s+(?:that|this|it)"
            // "..., what's that called in networking": the field it is named in comes after the frame
            + ")(?:\\s+in\\s+\\w+(?:\\s+\\w+){0,2})?\\s*$");

    /**
     * "..., what's that algorithm", "..., what is that rule": a demonstrative with a noun at the end
     * points back at what was described before it (when the last word names a thing).
     */
    private static final Pattern POINTING_FRAME = Pattern.compile(
            "(?:^|\\s)(?:what|whats)\\s+(?:is\\s+|s\\s+|are\\s+)?(?:that|this|those|these)\\s+\\w+\\s*$");

    /** "..., what's the general word", "..., whats the technical term" (when the qualifier is an adjective). */
    private static final Pattern QUALIFIED_NAMING_FRAME = Pattern.compile(
            "(?:^|\\s)(?:what|whats)\\s+(?:is\\s+|s\\s+)?(?:the|a)\\s+(\\w+)\\s+(?:term|word|name|phrase)"
            + "(?:\\s+(?:for|of)\\s+(?:it|that|this|them|those))?\\s*$");

    /** A question ending in "called". */
    private static final Pattern CALLED_AT_END = Pattern.compile("\\bcalled\\s*$");

    /** Parts of speech of function words and adverbs ("what is that exactly"), which never name a thing. */
    private static final Set<String> FUNCTION_WORDS = Set.of("ADP", "PART", "PRON", "AUX", "CCONJ", "SCONJ", "INTJ",
            "ADV");

    private ClosingNameFrame() {
    }

    /** The first word of a frame closing the message and asking for a name, or -1 when none does. */
    static int start(Message m) {
        Matcher trailing = TRAILING_FRAME.matcher(m.joined());
        if (trailing.find()) {
            return m.firstWordOf(trailing);
        }
        if (namesAThing(m.last())) {
            Matcher pointing = POINTING_FRAME.matcher(m.joined());
            if (pointing.find()) {
                return m.firstWordOf(pointing);
            }
        }
        Matcher qualified = QUALIFIED_NAMING_FRAME.matcher(m.joined());
        if (qualified.find() && m.word(m.wordAt(qualified.start(1))).pos().equals("ADJ")) {
            return m.firstWordOf(qualified);
        }
        return -1;
    }

    /**
     * "what is a layer that shrinks feature maps called": the first word of the description between
     * the opening question words and the closing "called", or -1 when the message is not so framed.
     */
    static int calledDescriptionStart(Message m) {
        if (!CALLED_AT_END.matcher(m.joined()).find()) {
            return -1;
        }
        if (!m.startsWithWh()) {
            // "if you line the numbers up, what's the one right in the middle called": the last clause
            // asks for the name of what the whole message describes
            return lastClauseStartsWithWh(m) ? 0 : -1;
        }
        int i = 0;
        while (i < m.size() && (QuestionWords.WH.contains(m.word(i).norm()) || m.word(i).norm().equals("s"))) {
            i++;
        }
        return m.skipDeterminers(i);
    }

    /** The message's last clause, after its last punctuation, opens with a question word. */
    private static boolean lastClauseStartsWithWh(Message m) {
        int k = m.size() - 1;
        while (k > 0 && !m.followsABreak(m.word(k).token())) {
            k--;
        }
        return k > 0 && QuestionWords.WH.contains(m.word(k).norm());
    }

    /**
     * The last word of "what's that X" can be the noun of a thing ("algorithm", "rule"; the tagger
     * often misreads it there), not a verb of the frame ("what's that mean") or a function word.
     */
    private static boolean namesAThing(Word last) {
        return !QuestionWords.MEAN.contains(last.norm()) && !FUNCTION_WORDS.contains(last.pos());
    }
}
