package dev.glossarytutor.nlp;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The frame of a question about a phrase it names: "what is X", "what are X", "what's X", "define
 * X", "explain X" (or Discord's "eli5 X", explain like I'm five), "what does X mean", "meaning of X",
 * "what's the point of X", "what counts as X".
 *
 * @param start first word of the frame
 * @param end   one past its last word, at most the message's length
 * @param text  the frame as matched on the joined words ("what does ", "explain what ")
 */
record DefineFrame(int start, int end, String text) {
    /** Not what fails to be understood but why or how: "i dont get why my model overfits" asks no meaning. */
    private static final String NOT_WHY_OR_HOW = "(?!(?:why|how|where|when|who|which)\\b)";
    /** Not a pronoun: "does that mean ..." and "do you mean ..." ask something else. */
    private static final String NOT_A_PRONOUN = "(?!(?:it|that|this|these|those|they|you|u|we|i|he|she)\\b)";
    private static final Pattern DEFINE_FRAME = Pattern.compile(
            "(?:^|\\b)what\\s+(?:do|does|did)\\s+(?:(?:you|people|they|we|u)\\b)?\\s*(?:mean\\s+by\\s+)?"
            // "what's the point of X": a question about what X is for asks about X
            + "|(?:^|\\b)(?:what|whats)\\s+(?:(?:is|s)\\b\\s*)?the\\s+(?:(?:actual|real|main|whole|overall|basic)\\s+)?"
            + "(?:point|purpose|use|role|goal)\\s+of\\s+"
            // "does 'probability sampling' just mean picking at random": a yes-or-no question about what a phrase
            // means asks about the phrase; not "does that mean ...", which asks what follows from something said, nor
            // "why does a high p-value mean ...", which asks why
            + "|(?:^|\\b)(?<!(?:why|how|when|where|who|which)\\s)(?:does|do)\\s+" + NOT_A_PRONOUN + "(?!(?:the|a|an)\\s+mean\\b)(?=(?:\\S+\\s+){1,5}mean\\b)"
            // "what counts as a hyperparameter": what qualifies as X is what X is
            + "|(?:^|\\b)what\\s+counts\\s+as\\s+"
            // "what even is X", "what exactly is X": an intensifier before the verb belongs to the frame
            + "|(?:^|\\b)(?:what|whats)\\s+(?:(?:even|exactly|actually|really)\\s+(?=is\\b|are\\b))?"
            + "(?:(?:is|s|are|was|were)\\b\\s*)?(?:meant\\s+by\\s+)?"
            // "i still don't get backpropagation", "i'm so confused about subnetting", "help me understand X": a
            // student saying what they fail to understand asks what it is (said of oneself, not of a device
            // in a description: "the laptop can't get an address")
            + "|(?:^|\\b)(?:i|im)\\s+(?:(?:still|really|just|honestly|literally|genuinely|kinda|totally|am)\\s+){0,2}"
            + "(?:dont|do\\s+not|didnt|did\\s+not|cant|cannot|can\\s+not|never)\\s+(?:really\\s+|fully\\s+|quite\\s+)?"
            + "(?:get|understand|understood|grasp|got)\\s+(?:what\\s+|the\\s+(?:point|purpose)\\s+of\\s+)?"
            + NOT_WHY_OR_HOW
            + "|(?:^|\\b)(?:i|im)\\s+(?:(?:so|still|really|very|kinda|super|totally|am)\\s+){0,2}confused\\s+(?:about|by|on|with)\\s+"
            + "(?:what\\s+)?" + NOT_WHY_OR_HOW
            + "|(?:^|\\b)help\\s+me\\s+(?:with|understand|understanding|get)\\s+(?:what\\s+)?" + NOT_WHY_OR_HOW
            // "... the empirical rule and im completely lost, can someone explain": an order closing the message
            // points back
            + "|(?:^|\\b)(?:define|explain|eli5|describe|(?:definition|defn|def)\\s+of|meaning\\s+of|tell\\s+me\\s+about)(?:\\s+|$)(?:me\\s+)?(?:what\\s+)?(?:the\\s+term\\s+)?");

    /** The writer as the object of a request: "remind me what ...", "tell us what ...". */
    private static final Set<String> REQUEST_OBJECTS = Set.of("me", "us", "u");

    /** Frames that order an explanation: "explain X", "define X", "describe X", "eli5 X". */
    private static final Pattern IMPERATIVE = Pattern.compile("(?:explain|define|describe|eli5)\\b");

    /** Words after which a frame opens a clause of its own: "ok so what is ...", "but what is ...". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "so", "then", "also", "ok", "okay",
            "anyway", "question", "pls", "please", "tutor");

    /**
     * The frame that asks: the first one opening the message or a clause, else the first one; null
     * when there is none. In "I know what pooling is, but what is a kernel?" the first "what" is
     * part of a statement.
     */
    static DefineFrame find(Message m) {
        Matcher define = DEFINE_FRAME.matcher(m.joined());
        if (!findAskingFrame(define, m)) {
            return null;
        }
        return new DefineFrame(m.firstWordOf(define), Math.min(m.wordAt(define.end()), m.size()), define.group());
    }

    /** The frame opens the message and orders an explanation: "explain overfitting like im 5". */
    boolean opensWithAnOrder() {
        return start == 0 && IMPERATIVE.matcher(text).lookingAt();
    }

    /**
     * The frame opens a sentence or a clause of the message after its first word: "idk if this is a dumb question
     * but whats a sample". (After a filler too, "... like whats the point of it", measured and not kept.)
     */
    boolean opensALaterClause(Message m) {
        return start > 0 && opensClause(start, m);
    }

    /** Moves {@code define} to the frame that asks (see {@link #find}). */
    private static boolean findAskingFrame(Matcher define, Message m) {
        int firstStart = -1;
        while (define.find()) {
            int start = define.start();
            if (firstStart < 0) {
                firstStart = start;
            }
            if (opensClause(m.wordAt(start), m)) {
                return true;
            }
        }
        return firstStart >= 0 && define.find(firstStart);
    }

    private static boolean opensClause(int wordIndex, Message m) {
        if (wordIndex == 0) {
            return true;
        }
        // "... and honestly what does X even mean": a hedge may stand between the conjunction and the frame (not
        // "and never define it", which says what was not done)
        int before = wordIndex - 1;
        while (before > 0 && QuestionWords.HEDGES.contains(m.word(before).norm())
                && !m.followsABreak(m.word(before + 1).token())) {
            before--;
        }
        return m.followsABreak(m.word(wordIndex).token()) || CLAUSE_OPENERS.contains(m.word(wordIndex - 1).norm())
                || before < wordIndex - 1 && CLAUSE_OPENERS.contains(m.word(before).norm())
                && !m.followsABreak(m.word(before + 1).token())
                || asksOfTheWriter(wordIndex, m);
    }

    /**
     * The frame is the object of a request made of the tutor: "can someone remind me what a decision boundary is",
     * "tell us what X means"; not a statement such as "I know what pooling is".
     */
    private static boolean asksOfTheWriter(int wordIndex, Message m) {
        return wordIndex >= 2 && REQUEST_OBJECTS.contains(m.word(wordIndex - 1).norm())
                && m.word(wordIndex - 2).pos().equals("VERB");
    }
}
