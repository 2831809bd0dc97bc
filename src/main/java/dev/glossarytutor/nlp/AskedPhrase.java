package dev.glossarytutor.nlp;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The phrase a "what is X" question asks about, after its frame: where it ends ("what does X
 * mean", "what's a patch panel? my uncle has one", "explain what a MAC address is, the video
 * ..."), or, when it is only a pronoun, what that pronoun stands for.
 *
 * @param from        first word of the phrase
 * @param to          one past its last word
 * @param frame       the words of the question's frame, the closing verb included
 * @param asksMeaning true when the frame asks what the phrase is or means
 * @param clause      true when the phrase is the clause an anticipatory "it" stands for ("what does it
 *                    mean for two events to be mutually exclusive"): it states the concept asked about
 *                    in other words ("mutually exclusive", "standardize"), it does not describe a thing
 * @param referred    true when the phrase is what a pronoun of the question stands for, found before it
 *                    ("they keep mentioning 'auxiliary task'. what is that?"): a noun phrase, never a description
 */
record AskedPhrase(int from, int to, Set<Integer> frame, boolean asksMeaning, boolean clause, boolean referred) {
    /** A frame of the "what does X mean" kind, whose closing "mean" belongs to the frame. */
    private static final Pattern DO_FRAME = Pattern.compile("^\\s*(?:what\\s+)?(?:do|does|did)\\b");
    /** A frame that asks what something is or means, rather than any other question about it. */
    private static final Pattern ASKS_MEANING = Pattern.compile(
            "\\b(?:is|s|are|was|were|mean|meant|define|explain|eli5|describe|definition|meaning|tell)\\b");
    /** A frame that ends in a bare "what", with no verb of its own: "explain what X is", "understood what X is". */
    private static final Pattern VERBLESS_WHAT = Pattern.compile("\\bwhat\\s*$");
    /** The verb of "what does X stand for". */
    private static final Set<String> STAND = Set.of("stand", "stands");
    /** How far into the phrase the verb closing an embedded question may come: "what a parameter is". */
    private static final int EMBEDDED_WITHIN = 6;
    /** Words between a verb and the "what" of the clause it takes: "tell me what", "explain to us what". */
    private static final Set<String> VERB_OBJECTS = Set.of("me", "us", "him", "her", "them", "to", "u");
    /**
     * Words that open a clause or an adjunct of time of their own after a noun phrase: "the point of a validation
     * set if we ...", "backpropagation after 3 videos".
     */
    private static final Set<String> SUBORDINATORS = Set.of("if", "when", "because", "since", "although", "though",
            "while", "unless", "whereas", "after", "before", "during", "despite", "until");
    /** Conjunctions that open a clause of their own after a comma: "what's X, but why ...", "X, so ...". */
    private static final Set<String> CLAUSE_AFTER_COMMA = Set.of("like", "but", "so", "because", "cause", "cuz", "since");
    /** Parts of speech that open an example rather than a clause: "..., like grad-cam", "..., like the IPv4 header". */
    private static final Set<String> EXAMPLE_OPENERS = Set.of("NOUN", "PROPN", "DET", "ADJ", "NUM", "X", "SYM");
    /** Words that open the clause an anticipatory "it" stands for: "what does it mean to / for / when / if ...". */
    private static final Set<String> EXTRAPOSED_CLAUSE_OPENERS = Set.of("to", "for", "when", "if", "that");
    /** Parts of speech of the words before a word of not knowing: "i have no idea", "im not sure", "really no clue". */
    private static final Set<String> NOT_KNOWING_FRAME = Set.of("DET", "PART", "ADV", "AUX", "PRON");
    /** The verb of "i have no idea", "got no clue". */
    private static final Set<String> HAVE = Set.of("have", "has", "had", "got");
    /** Two-word openers of a contrast after the phrase: "a sample as opposed to just data", "X rather than Y". */
    private static final Set<String> CONTRASTS = Set.of("as opposed", "rather than", "instead of", "compared to",
            "compared with");
    /** Parts of speech that may follow the verb closing an embedded question: "what X is in statistics". */
    private static final Set<String> AFTER_EMBEDDED_VERB = Set.of("ADP", "ADV", "PART", "SCONJ", "CCONJ");

    /** The phrase that {@code define} asks about in message {@code m}. */
    static AskedPhrase after(Message m, DefineFrame define) {
        List<Word> words = m.words();
        int to = words.size();
        Set<Integer> frame = new TreeSet<>();
        for (int i = define.start(); i < define.end(); i++) {
            frame.add(i);
        }
        int from = m.skipDeterminers(define.end());
        int afterDeterminers = from;
        int clause = -1;
        boolean referred = false;
        // "what does X mean", "what does that mean lol": the verb is the frame's, not X's
        if (DO_FRAME.matcher(define.text()).find()) {
            int mean = closingMean(words, define.end(), from);
            if (mean >= 0) {
                frame.add(mean);
                to = mean;
            }
            clause = extraposedClause(words, from, to);
            if (clause > 0) {
                // "what does it mean to standardize a variable", "... for a result to be significant",
                // "... when data is normally distributed": "it" stands for the clause after "mean"
                for (int i = from; i < clause; i++) {
                    frame.add(i);
                }
                from = clause;
                to = words.size();
            }
            // "what does std dev measure", "what does the batch size control", "what does a router do":
            // the question's own verb closes it, after the phrase asked about
            if (clause < 0 && to - from >= 2 && to == words.size() && isClosingVerb(words.get(to - 1))) {
                frame.add(to - 1);
                to--;
            }
        } else if (to - from >= 3 && words.get(to - 1).norm().equals("for")
                && STAND.contains(words.get(to - 2).norm())) {
            to -= 2; // "what does X stand for"
        }
        // "what's a patch panel? my uncle has one": the question ends with its sentence
        to = sentenceEnd(m, from, to);
        // "explain the CLT in simple words": how to explain is the frame's, not the phrase's
        int manner = MannerAdjunct.start(words, from, to);
        for (int i = manner; i < to; i++) {
            frame.add(i);
        }
        to = manner;
        boolean embeds = from < to && VERBLESS_WHAT.matcher(define.text()).find() && afterAVerb(words, define.start());
        int embeddedVerb = embeds ? embeddedCopula(m, from, to) : -1;
        if (embeds && embeddedVerb < 0 && define.end() < from && closesEmbedded(m, from)) {
            // "can someone explain what that means": the skipped demonstrative is the embedded question's
            // whole subject, so the phrase is empty and points back
            frame.add(from);
            to = from;
        }
        if (embeddedVerb > from) {
            // "explain what a MAC address is, the video ...": an embedded question keeps its verb
            // after the phrase it asks about, so the phrase ends there
            frame.add(embeddedVerb);
            to = embeddedVerb;
        }
        // "what is mean exactly", "what is it tbh": a hedge or an aside closing the question is no part of its phrase
        while (to - 1 > from && isHedge(words.get(to - 1))) {
            frame.add(to - 1);
            to--;
        }
        if (from >= to || Referent.pointsBack(words, from, to)
                // "what is that exactly", "what does that term mean": the skipped "that" points back
                || from == afterDeterminers && define.end() < from && from <= to
                && Referent.pointsBackBare(words, define.end(), to)) {
            // "early stopping, what is that?", "... 'independent events', what does it mean?": the
            // question points back at what came before it: a quoted phrase, else the last noun
            // phrase before the question, else everything before it
            int said = notKnowingStart(words, define.start());
            boolean plural = words.subList(define.end(), Math.min(words.size(), Math.max(from, to) + 1)).stream()
                    .anyMatch(w -> Referent.PLURAL_ANAPHORS.contains(w.norm()));
            Referent referent = said > 0 ? Referent.before(m.tokens(), words, said, plural) : null;
            from = referent != null ? referent.from() : 0;
            to = referent != null ? referent.to() : said;
            referred = referent != null;
        }
        boolean asksMeaning = ASKS_MEANING.matcher(define.text()).find()
                || frame.size() > define.end() - define.start();
        return new AskedPhrase(from, to, Set.copyOf(frame), asksMeaning, clause > 0, referred);
    }

    private static boolean isHedge(Word w) {
        return w.pos().equals("INTJ") || w.pos().equals("ADV") && QuestionWords.HEDGES.contains(w.norm());
    }

    /**
     * The "mean" that closes "what does X mean" (searched from {@code start}, the phrase starting at {@code from}),
     * or -1: the first one, unless it is the phrase's first word and another follows ("what does the mean mean").
     */
    private static int closingMean(List<Word> words, int start, int from) {
        int first = -1;
        for (int i = start; i < words.size(); i++) {
            if (QuestionWords.MEAN.contains(words.get(i).norm())) {
                if (i != from || first >= 0) {
                    return i;
                }
                first = i;
            }
        }
        return first;
    }

    /**
     * Where the clause that an anticipatory "it" stands for starts, in "what does it mean to / for /
     * when / if ...", with {@code [from, mean)} the words before the frame's "mean"; -1 when the
     * question has no such clause.
     */
    private static int extraposedClause(List<Word> words, int from, int mean) {
        if (mean != from + 1 || !words.get(from).norm().equals("it") || mean + 2 >= words.size()) {
            return -1;
        }
        return EXTRAPOSED_CLAUSE_OPENERS.contains(words.get(mean + 1).norm()) ? mean + 2 : -1;
    }

    /** A verb that can close "what does X ...": any verb ("measure", "control"), or the auxiliary "do". */
    private static boolean isClosingVerb(Word w) {
        return w.pos().equals("VERB") || w.norm().equals("do") && w.pos().equals("AUX");
    }

    /**
     * The index of the verb that closes an embedded question "what X is" within [from, to), or -1.
     * Without inversion the verb follows the phrase and has no subject after it: "what a parameter
     * is in statistics" embeds one; "what batch size did you use" asks directly.
     */
    private static int embeddedCopula(Message m, int from, int to) {
        for (int i = from + 1; i < to && i <= from + EMBEDDED_WITHIN; i++) {
            Word w = m.word(i);
            if (w.token() != m.word(i - 1).token() && m.followsABreak(w.token())) {
                return -1; // the clause ended before a verb
            }
            if (!closesAnEmbeddedQuestion(w)) {
                if (w.pos().equals("AUX") || w.pos().equals("VERB") && !w.norm().endsWith("ing")
                        || w.pos().equals("PRON")) {
                    return -1; // another verb or a subject: not "what X is"
                }
                continue;
            }
            return closesEmbedded(m, i) ? i : -1;
        }
        return -1;
    }

    /** Word {@code i} is a verb that can close an embedded question: "is", "means" ending it or before an adjunct. */
    private static boolean closesEmbedded(Message m, int i) {
        if (!closesAnEmbeddedQuestion(m.word(i))) {
            return false;
        }
        boolean ends = i + 1 >= m.size() || m.followsABreak(m.word(i + 1).token());
        return ends || AFTER_EMBEDDED_VERB.contains(m.word(i + 1).pos());
    }

    /** A verb that may close an embedded question: "what X is", "what X means", "what X does". */
    private static boolean closesAnEmbeddedQuestion(Word w) {
        return QuestionWords.EMBEDDED_VERBS.contains(w.norm()) || QuestionWords.DO_FORMS.contains(w.norm());
    }

    /**
     * The frame opens an object clause: "explain what ...", "never understood what ...", or the clause of what the
     * writer does not know: "no idea what ...", "not sure what ...", "idk what ..."; not "... tells you what protocol
     * is inside it".
     */
    private static boolean afterAVerb(List<Word> words, int frameStart) {
        Word first = words.get(frameStart);
        if (!first.norm().equals("what")) {
            return true;
        }
        // "tell me what ...", "explain to us what ...": the verb's other objects come between
        int before = frameStart - 1;
        while (before >= 0 && VERB_OBJECTS.contains(words.get(before).norm())) {
            before--;
        }
        return before >= 0 && (words.get(before).pos().equals("VERB")
                || QuestionWords.NOT_KNOWING.contains(words.get(before).norm()));
    }

    /**
     * Where the words saying that the writer does not know start, when they come right before the frame starting at
     * {@code frameStart} ("... line coding, i have no idea what that means", "..., not sure what it is"): they
     * belong to the question, not to what its pronoun stands for; {@code frameStart} otherwise.
     */
    private static int notKnowingStart(List<Word> words, int frameStart) {
        int i = frameStart - 1;
        if (i < 0 || !QuestionWords.NOT_KNOWING.contains(words.get(i).norm())) {
            return frameStart;
        }
        // "no idea", "not sure", "i have no clue", "im honestly not sure": its negation, subject and verb
        while (i > 0 && (NOT_KNOWING_FRAME.containsAll(List.of(words.get(i - 1).pos().split("\\+")))
                || HAVE.contains(words.get(i - 1).norm()))) {
            i--;
        }
        return i;
    }

    /** The first word in (from, to) that starts a later sentence than word {@code from}'s, else {@code to}. */
    private static int sentenceEnd(Message m, int from, int to) {
        if (from >= to) {
            return to;
        }
        int sentence = m.sentenceOf(from);
        for (int i = from + 1; i < to; i++) {
            if (m.sentenceOf(i) != sentence) {
                return i;
            }
            // "what is the physical layer i have a test tomorrow": a subject and its verb right after
            // a noun start a new clause even without punctuation
            Word w = m.word(i);
            // "the point of a validation set if we have a test set": a subordinating conjunction after a
            // noun opens a clause of its own
            if (SUBORDINATORS.contains(w.norm()) && m.word(i - 1).isNounLike()) {
                return i;
            }
            // "... the preamble of an ethernet frame and i have zero clue": a conjunction before a subject and its verb
            // opens a clause of its own
            if (w.pos().equals("CCONJ") && i + 2 < to && m.word(i + 1).pos().equals("PRON")
                    && !QuestionWords.QUESTION_WORDS.contains(m.word(i + 1).norm())
                    && (m.word(i + 2).pos().equals("VERB") || m.word(i + 2).pos().equals("AUX"))) {
                return i;
            }
            // "what is early stopping and why did it do that": a conjunction before a question word opens a second question
            if (w.pos().equals("CCONJ") && i + 1 < to && QuestionWords.QUESTION_WORDS.contains(m.word(i + 1).norm())) {
                return i;
            }
            // "whats a sample as opposed to just data": the contrast is the student's, not part of the name
            if (i + 1 < to && CONTRASTS.contains(w.norm() + " " + m.word(i + 1).norm())) {
                return i;
            }
            // "what's a population in stats, like is it literally people": after a comma, an interjection
            // or a conjunction that opens a clause starts a remark of its own
            if (w.token() != m.word(i - 1).token() && m.followsABreak(w.token())
                    && (w.pos().equals("INTJ") || CLAUSE_AFTER_COMMA.contains(w.norm()))
                    && (i + 1 >= to || !EXAMPLE_OPENERS.contains(m.word(i + 1).pos()))) {
                return i; // unless an example follows: "the address that's all F's, like FF:FF:..."
            }
            if (i + 1 < to && w.token() != m.word(i - 1).token() && m.followsABreak(w.token())
                    && w.pos().equals("AUX") && m.word(i + 1).pos().equals("PRON")) {
                return i; // "whats the payload of a frame, is it like the important part": a question of its own
            }
            if (i + 1 < to && w.pos().equals("PRON") && !QuestionWords.RELATIVE.contains(w.norm())
                    && !QuestionWords.QUESTION_WORDS.contains(w.norm())
                    && (m.word(i + 1).pos().equals("VERB") || m.word(i + 1).pos().equals("AUX"))
                    && (m.word(i - 1).isNounLike() || m.word(i - 1).pos().equals("ADJ"))) {
                return i;
            }
        }
        return to;
    }
}
