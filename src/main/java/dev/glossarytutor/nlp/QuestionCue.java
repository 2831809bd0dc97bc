package dev.glossarytutor.nlp;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message has the form of a question or request at all: a question mark, a question word,
 * a request for help, or a term typed on its own; thanks and acknowledgements ask nothing.
 */
final class QuestionCue {
    /** A request for help anywhere in the message: "im confused about X", "can someone help with X". */
    private static final Pattern HELP_SEEKING = Pattern.compile(
            "\\b(?:confused|confusing|dont understand|do not understand|dont get|help|explain|eli5|clarify|lost)\\b"
            // saying one does not know asks too: "... and i have zero clue", "... and im blanking", "idk if thats a thing"
            + "|\\b(?:(?:no|zero|any)\\s+(?:idea|clue)|not\\s+sure|unsure|idk|dunno|dont\\s+know|do\\s+not\\s+know|blanking)\\b"
            // so does saying something was never explained: "the video said point estimate ... but never really explained it"
            + "|\\b(?:never|not|didnt|doesnt|dont|wasnt|isnt|havent|hasnt)\\s+(?:\\w+\\s+)?explain(?:ed|s|ing)?\\b");
    private static final Pattern THANKS = Pattern.compile(
            "^(?:thanks|thank\\s+you|thx|ty|cheers|ok|okay|cool|nice|great|lol|haha|yes|no|yep|nope|brb|bye|hi|hello|hey"
            // wishes: "good luck on the midterm everyone, may your p-values be small"
            + "|good\\s+luck|congrats|congratulations|good\\s+night|have\\s+a\\s+(?:good|nice|great))\\b(?!.*\\?)");
    /**
     * A greeting or thanks with at most two words after it and no question mark: "hi bot", "ty tutor", "gm everyone".
     * The words after it name whom the writer greets, never a term.
     */
    private static final Pattern GREETING_TO_SOMEONE = Pattern.compile(
            "^(?:hi|hello|hey|heya|heyy|yo|thanks|thank\\s+you|thx|ty|tysm|cheers|bye|gm|gn"
            + "|good\\s+(?:morning|afternoon|evening|night))(?:\\s+\\S+){0,2}$");
    /** Parts of speech no term typed on its own has: function words and interjections. */
    private static final Set<String> NOT_IN_A_BARE_TERM = Set.of("PRON", "AUX", "INTJ", "DET", "ADP", "CCONJ",
            "SCONJ", "PART");
    /** Auxiliaries that open a yes-or-no question: "is that ...", "does a hub ...". */
    private static final Set<String> INVERTING_AUXILIARIES = Set.of("is", "are", "does", "do", "was", "were");
    /** Parts of speech that open the subject after the auxiliary of a question. */
    private static final Set<String> SUBJECT_START = Set.of("DET", "PRON", "NOUN", "PROPN", "ADJ");
    /** Words a writer puts before a question that say nothing: "wait is ...", "so is ...". */
    private static final Set<String> OPENING_FILLERS = Set.of("wait", "so", "ok", "okay", "but", "and", "like", "hmm");
    /** The most words of a term typed on its own. */
    private static final int BARE_TERM_WORDS = 3;
    /** The preposition that says where a term typed on its own belongs: "preamble in ethernet". */
    private static final String CONTEXT_PREPOSITION = "in";
    /** The most words of where it belongs: "in a cnn", "in ethernet frames". */
    private static final int CONTEXT_WORDS = 3;

    private QuestionCue() {
    }

    /**
     * The message asks something: a question mark, a question word opening it or a later clause, an
     * asking frame ("define X"), a request for help, or a bare term; not thanks without a question.
     */
    static boolean asks(Message m, boolean askingFrame, boolean bareTerm) {
        boolean whClause = hasWhClause(m);
        boolean cue = m.text().contains("?") || m.startsWithWh() || askingFrame
                || HELP_SEEKING.matcher(m.joined()).find() || whClause || hasInvertedQuestion(m);
        if (!cue && bareTerm) {
            cue = true; // "dropout", "transfer learning": a lookup, even without a question word
        }
        if (isAcknowledgement(m) && !askingFrame && !whClause) {
            cue = false;
        }
        return cue;
    }

    /** "hi bot", "thanks tutor": a greeting and whom it greets, with no question mark. */
    static boolean isGreeting(Message m) {
        return !m.text().contains("?") && GREETING_TO_SOMEONE.matcher(m.joined()).matches();
    }

    /** "ok thanks that makes sense": thanks and acknowledgements, with no question mark after them. */
    static boolean isAcknowledgement(Message m) {
        return THANKS.matcher(m.joined()).find();
    }

    /**
     * One to three words with no pronoun, auxiliary or interjection: a term typed on its own.
     * Verbs are allowed because the tagger reads a lone "Transfer Learning" as verbs.
     */
    static boolean isBareTerm(List<Token> tokens) {
        List<Token> words = tokens.stream().filter(Token::isWord).toList();
        if (words.size() == 1) {
            return !words.get(0).pos().equals("INTJ"); // a lone word's tag is a guess ("dropout" as ADP)
        }
        return !words.isEmpty() && words.size() <= BARE_TERM_WORDS
                && words.stream().noneMatch(t -> NOT_IN_A_BARE_TERM.contains(t.pos()));
    }

    /**
     * The index of the "in" after a term typed on its own that says where it belongs: "preamble in ethernet",
     * "equivariance in convs"; -1 when the message is not a bare term of {@value #BARE_TERM_WORDS} words or fewer,
     * then "in" and a noun phrase of {@value #CONTEXT_WORDS} words or fewer.
     */
    static int bareTermContext(Message m) {
        if (m.text().contains("?")) {
            return -1; // with a question mark it asks anyway, and its phrase is read as any question's
        }
        List<Word> words = m.words();
        for (int i = 1; i <= BARE_TERM_WORDS && i < words.size() - 1; i++) {
            if (!words.get(i).norm().equals(CONTEXT_PREPOSITION)) {
                continue;
            }
            List<Word> term = words.subList(0, i);
            List<Word> context = words.subList(i + 1, words.size());
            boolean termOnly = term.stream().noneMatch(w -> NOT_IN_A_BARE_TERM.contains(w.pos()));
            boolean place = context.size() <= CONTEXT_WORDS && context.get(context.size() - 1).isNounLike()
                    && context.stream().allMatch(w -> w.isNounLike() || w.pos().equals("DET") || w.pos().equals("ADJ"));
            return termOnly && place && m.tokens().stream().allMatch(t -> t.sentence() == 0) ? i : -1; // one sentence
        }
        return -1;
    }

    /**
     * A yes-or-no question without its question mark: an auxiliary before its subject, opening the message, a
     * later sentence or clause, or after a filler ("wait is a parameter the population one or ...", "... interval...
     * is that just the smaller number").
     */
    private static boolean hasInvertedQuestion(Message m) {
        List<Word> words = m.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            Word aux = words.get(i);
            boolean opens = i == 0 || m.followsABreak(aux.token())
                    || i == 1 && (words.get(0).pos().equals("INTJ") || OPENING_FILLERS.contains(words.get(0).norm()));
            if (opens && INVERTING_AUXILIARIES.contains(aux.norm()) && aux.pos().equals("AUX")
                    && SUBJECT_START.contains(words.get(i + 1).pos())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question word opening a later sentence or clause: "logits or probabilities, which comes
     * first" asks something even without a question mark.
     */
    private static boolean hasWhClause(Message m) {
        for (int i = 1; i < m.tokens().size(); i++) {
            String wh = m.tokens().get(i).norm();
            String next = i + 1 < m.tokens().size() ? m.tokens().get(i + 1).norm() : "";
            if (m.followsABreak(i) && QuestionWords.CLAUSE_WH.contains(wh)
                    && !QuestionWords.opensARelativeClause(wh, next)) {
                return true;
            }
        }
        return false;
    }
}
