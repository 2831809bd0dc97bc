package dev.glossarytutor.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A frame that opens a message by asking for the name of what follows it: "what do you call ...",
 * "what is it called when ...", "what's the term for ...", "which layer ...", "what device moves
 * data ...".
 */
final class OpeningNameFrame {
    /** A word or two saying what kind of name is asked for: "the technical term for", "a generic word for". */
    private static final String QUALIFIER = "(?:(?:technical|proper|official|actual|correct|right|formal|fancy|general"
            + "|generic|specific|common|better|single|one)\\s+){0,2}";
    /** "what do you call", "what is it called", "what's the name/term/word for", "which property ...". */
    private static final Pattern DESCRIBE_FRAME = Pattern.compile(
            "(?:^|\\b)(?:what|how)\\s+(?:do|would|should|does)\\s+(?:you|we|people|they|one|u)\\s+call\\s+(?:it\\s+)?(?:when\\s+|if\\s+)?"
            + "|(?:^|\\b)(?:what|whats)\\s+(?:is\\s+|s\\s+|are\\s+)?(?:it|this|that|these|those)\\s+(?:is\\s+|are\\s+)?called\\s+(?:when\\s+|if\\s+)?"
            + "|(?:^|\\b)(?:what|whats)\\s+(?:is\\s+|s\\s+|are\\s+)?(?:the\\s+|a\\s+)?" + QUALIFIER
            + "(?:name|term|word|phrase|expression)\\s+(?:for|of|that|which|used\\s+for)\\s+"
            + "|(?:^|\\b)(?:is\\s+there\\s+(?:a|an|any)|whats\\s+(?:a|an)|what\\s+is\\s+(?:a|an))\\s+" + QUALIFIER
            + "(?:name|term|word)\\s+for\\s+"
            + "|(?:^|\\b)which\\s+(?!of\\b|one\\b|is\\b|are\\b)\\w+\\s+"
            + "|(?:^|\\b)what\\s+(?:term|property|concept|word|name|technique|method|function|process|algorithm|thing)\\s+");

    /** "word for going through the data once", "theres a term for ...": a name frame whose question word was left out. */
    private static final Pattern ELIDED_FRAME = Pattern.compile(
            "^(?:(?:theres|there\\s+is)\\s+)?(?:the\\s+|a\\s+)?" + QUALIFIER + "(?:name|term|word)\\s+for\\s+");

    private OpeningNameFrame() {
    }

    /** The first word of the description after a name frame without its question word opening the message, or -1. */
    static int afterElidedFrame(Message m) {
        Matcher elided = ELIDED_FRAME.matcher(m.joined());
        return elided.find() ? m.wordAt(elided.end()) : -1;
    }

    /** The first word of the description after a frame that opens the message and asks for a name, or -1. */
    static int descriptionStart(Message m) {
        Matcher describe = DESCRIBE_FRAME.matcher(m.joined());
        if (!describe.find() || whichWithoutNoun(describe, m)) {
            return -1;
        }
        return m.wordAt(describe.end());
    }

    /** "which comes first" asks to choose; only "which" before a noun ("which layer ...") describes one. */
    private static boolean whichWithoutNoun(Matcher frame, Message m) {
        String matched = frame.group().strip();
        if (!matched.startsWith("which")) {
            return false;
        }
        int which = m.firstWordOf(frame);
        return which + 1 >= m.size() || !m.word(which + 1).isNounLike();
    }

    /**
     * "what device moves data from one network onto another": "what" asks which thing is the subject
     * of the verb that follows its noun, a description; "what batch size did you use" asks about the
     * thing named, its verb an auxiliary with the subject after it.
     */
    static boolean asksWhichThingDoes(Message m) {
        if (m.size() < 4 || !m.word(0).norm().equals("what")) {
            return false;
        }
        int i = 1;
        while (i < m.size() && (m.word(i).isNounLike() || m.word(i).pos().equals("ADJ"))) {
            i++;
        }
        return i > 1 && i < m.size() && m.word(i - 1).isNounLike() && m.word(i).pos().equals("VERB")
                && DescriptionForm.saysEnough(m.words(), 1, m.size());
    }
}
