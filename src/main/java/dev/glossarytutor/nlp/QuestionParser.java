package dev.glossarytutor.nlp;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides what a message asks for and which words it asks about. Works on the normalised word
 * sequence, so "What's", "whats" and "what is" read alike; the patterns are the grammar of
 * questions (frames), never the wording of particular questions.
 */
public final class QuestionParser {
    private static final Set<String> WH = Set.of("what", "whats", "which", "who", "how", "why", "where", "when", "define",
            "explain", "describe", "meaning", "definition", "tell", "is", "are", "does", "do", "can", "could");

    /** "what do you call", "what is it called", "what's the name/term/word for", "which property ...". */
    private static final Pattern DESCRIBE_FRAME = Pattern.compile(
            "(?:^|\\b)(?:what|how)\\s+(?:do|would|should|does)\\s+(?:you|we|people|they|one|u)\\s+call\\s+(?:it\\s+)?(?:when\\s+|if\\s+)?"
            + "|(?:^|\\b)(?:what|whats)\\s+(?:is\\s+|s\\s+|are\\s+)?(?:it|this|that|these|those)\\s+(?:is\\s+|are\\s+)?called\\s+(?:when\\s+|if\\s+)?"
            + "|(?:^|\\b)(?:what|whats)\\s+(?:is\\s+|s\\s+|are\\s+)?(?:the\\s+|a\\s+)?(?:name|term|word|phrase|expression)\\s+(?:for|of|that|which|used\\s+for)\\s+"
            + "|(?:^|\\b)(?:is\\s+there\\s+a|whats\\s+a|what\\s+is\\s+a)\\s+(?:name|term|word)\\s+for\\s+"
            + "|(?:^|\\b)which\\s+(?!of\\b|one\\b|is\\b|are\\b)\\w+\\s+"
            + "|(?:^|\\b)what\\s+(?:term|property|concept|word|name|technique|method|function|process|algorithm|thing)\\s+");

    /**
     * A frame that ends the message after the description it asks about: "..., what is it called",
     * "... whats the term", "... is there a word for that", "... what property is that".
     */
    private static final Pattern TRAILING_FRAME = Pattern.compile(
            "(?:^|\\s)(?:"
            + "(?:what|whats|how)\\s+(?:is\\s+|s\\s+|are\\s+|would\\s+|do\\s+)?(?:it|this|that|these|those|the|they|you|we)?\\s*"
            + "(?:\\w+\\s+){0,4}(?:be\\s+)?called"
            + "|(?:what|whats)\\s+(?:is\\s+|s\\s+)?(?:the|a)\\s+(?:term|word|name|phrase)(?:\\s+(?:for|of)\\s+(?:it|that|this|them)(?:\\s+\\w+)?)?"
            // "..., what kind of test is that", "..., what kind of convolution do i use"
            + "|what\\s+(?:kind|kinds|type|types|sort)\\s+of\\s+(?:\\w+\\s+){1,2}"
            + "(?:(?:is|s|are)\\s+(?:that|this|it|those|these)|(?:do|does|should|would|can)\\s+(?:i|you|we|one|u)\\s+\\w+)"
            + "|(?:is\\s+there\\s+a|whats\\s+a|theres\\s+a)\\s+(?:term|word|name)\\s+for\\s+(?:it|that|this|them)"
            + "|what\\s+(?:do|would|should|does)\\s+(?:you|we|people|they|one|u)\\s+call\\s+(?:it|that|this|them)"
            + "|(?:what|which)\\s+\\w+\\s+(?:is|s)\\s+(?:that|this|it)"
            + ")\\s*$");

    /**
     * "..., what's that algorithm", "..., what is that rule": a demonstrative with a noun at the end
     * points back at what was described before it (the caller checks that the last word names a thing).
     */
    private static final Pattern POINTING_FRAME = Pattern.compile(
            "(?:^|\\s)(?:what|whats)\\s+(?:is\\s+|s\\s+|are\\s+)?(?:that|this|those|these)\\s+\\w+\\s*$");

    /** "..., what's the general word", "..., whats the technical term" (the caller checks for the adjective). */
    private static final Pattern QUALIFIED_NAMING_FRAME = Pattern.compile(
            "(?:^|\\s)(?:what|whats)\\s+(?:is\\s+|s\\s+)?(?:the|a)\\s+(\\w+)\\s+(?:term|word|name|phrase)"
            + "(?:\\s+(?:for|of)\\s+(?:it|that|this|them|those))?\\s*$");

    /** A frame of the "what does X mean" kind, whose closing "mean" belongs to the frame. */
    private static final Pattern DO_FRAME = Pattern.compile("^\\s*(?:what\\s+)?(?:do|does|did)\\b");
    /** The verb that closes "what does X mean". */
    private static final Set<String> MEAN = Set.of("mean", "means", "meant");
    /** A frame that asks what something is or means, rather than any other question about it. */
    private static final Pattern ASKS_MEANING = Pattern.compile(
            "\\b(?:is|s|are|was|were|mean|meant|define|explain|describe|definition|meaning|tell)\\b");

    /** A question ending in "called". */
    private static final Pattern CALLED_AT_END = Pattern.compile("\\bcalled\\s*$");

    /** "what is X", "what are X", "what's X", "define X", "explain X", "what does X mean", "meaning of X". */
    private static final Pattern DEFINE_FRAME = Pattern.compile(
            "(?:^|\\b)what\\s+(?:do|does|did)\\s+(?:you|people|they|we|u)?\\s*(?:mean\\s+by\\s+)?"
            + "|(?:^|\\b)(?:what|whats)\\s+(?:(?:is|s|are|was|were)\\b\\s*)?(?:meant\\s+by\\s+)?"
            + "|(?:^|\\b)(?:define|explain|describe|definition\\s+of|meaning\\s+of|tell\\s+me\\s+about)\\s+(?:me\\s+)?(?:what\\s+)?(?:the\\s+term\\s+)?");

    /** A request for help anywhere in the message: "im confused about X", "can someone help with X". */
    private static final Pattern HELP_SEEKING = Pattern.compile(
            "\\b(?:confused|confusing|dont understand|do not understand|dont get|help|explain|clarify|lost)\\b");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "some", "any");
    /** How far into the target a relative clause may start: "the small matrix of weights that ...". */
    private static final int RELATIVE_WITHIN = 6;
    private static final Set<String> RELATIVE = Set.of("that", "which", "where", "whose", "who", "when", "used", "to", "for");
    private static final Set<String> COMPARE_WORDS = Set.of("vs", "versus", "v");
    private static final Pattern COMPARE_FRAME = Pattern.compile(
            "\\b(?:difference|differences|differ|differs|distinguish(?:es|ed|ing)?|compare[sd]?|comparing|comparison"
            + "|contrast|opposite\\s+of)\\b|\\bdifferent\\s+(?:from|than)\\b"
            + "|\\brelate[sd]?\\s+to\\b|\\b(?:relationship|relation|connection)\\s+between\\b"
            + "|\\bsame\\s+(?:thing\\s+)?as\\b|\\bsimilar\\s+to\\b");
    private static final Pattern THANKS = Pattern.compile(
            "^(?:thanks|thank\\s+you|thx|ty|cheers|ok|okay|cool|nice|great|lol|haha|yes|no|yep|nope|brb|bye|hi|hello|hey)\\b(?!.*\\?)");

    private final Analyzer analyzer;

    public QuestionParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public ParsedQuestion parse(String text) {
        List<Token> tokens = analyzer.analyze(text);
        List<Word> words = fixDoSupportVerb(fixWhTags(fixPronounTags(fixWhTypo(Word.of(tokens)))));
        String joined = words.stream().map(Word::norm).collect(Collectors.joining(" "));
        boolean hasQuestionMark = text.contains("?");

        if (words.isEmpty()) {
            return new ParsedQuestion(text, tokens, words, Intent.NONE, false, 0, 0, "", false, false, Set.of());
        }
        boolean compareWord = words.stream().anyMatch(w -> COMPARE_WORDS.contains(w.norm()) && w.norm().length() > 1);
        Matcher trailing = TRAILING_FRAME.matcher(joined);
        boolean asksForAName = trailing.find();
        if (!asksForAName && namesAThing(words.get(words.size() - 1))) {
            trailing = POINTING_FRAME.matcher(joined);
            asksForAName = trailing.find();
        }
        if (!asksForAName) {
            trailing = QUALIFIED_NAMING_FRAME.matcher(joined);
            asksForAName = trailing.find() && words.get(wordIndexAt(joined, trailing.start(1))).pos().equals("ADJ");
        }
        // "the layer that shrinks the feature map ...", "when you just ask whoever is easiest to reach",
        // "if I want my conv to not shrink the image, what kind of convolution do I use", "training loss
        // goes down but validation loss goes up, what is happening": a description of a thing or a
        // situation, with no question or a question that only points back at it
        int lead = trailingQuestion(words, tokens);
        Closing closing = lead < words.size() ? closing(words, lead) : Closing.NONE;
        // "ok thanks that makes sense": thanks and acknowledgements describe nothing
        boolean describes = !THANKS.matcher(joined).find() && (lead == words.size() || closing == Closing.BACK
                ? DescriptionForm.of(words, 0, lead)
                : closing == Closing.SITUATION && DescriptionForm.saysEnough(words, 0, lead));
        // "difference between X and Y" names a comparison; "a test where ... different from the claim" describes
        Matcher comparison = COMPARE_FRAME.matcher(joined);
        boolean headedByComparison = comparison.find() && wordIndexAt(joined, comparison.start()) < COMPARISON_HEAD;
        if (!compareWord && !asksForAName && describes && !headedByComparison) {
            return described(text, tokens, words, 0, lead, false);
        }
        // "... no effect / no difference, what's that called": a frame asking for a name makes the
        // words before it a description, whatever they say; only "X vs Y" still compares
        boolean compare = compareWord || !asksForAName && comparesInAQuestion(joined, words, tokens);

        if (!compare && asksForAName) {
            int frameStart = wordIndexAt(joined, trailing.start() + (joined.charAt(trailing.start()) == ' ' ? 1 : 0));
            if (frameStart >= 2) {
                return described(text, tokens, words, 0, frameStart, true);
            }
        }
        if (!compare && asksWhichThingDoes(words)) {
            return described(text, tokens, words, 1, words.size(), true);
        }
        Matcher describe = DESCRIBE_FRAME.matcher(joined);
        if (!compare && describe.find() && !whichWithoutNoun(describe, joined, words)) {
            int from = wordIndexAt(joined, describe.end());
            return described(text, tokens, words, from, words.size(), true);
        }
        if (!compare && CALLED_AT_END.matcher(joined).find() && startsWithWh(words)) {
            int from = skipFrame(words, 0);
            return described(text, tokens, words, from, words.size() - 1, true);
        }

        Matcher define = DEFINE_FRAME.matcher(joined);
        boolean defineFrame = findAskingFrame(define, joined, words, tokens);
        boolean whClause = hasWhClause(tokens);
        boolean cue = hasQuestionMark || startsWithWh(words) || defineFrame || HELP_SEEKING.matcher(joined).find()
                || whClause;
        boolean bare = isBareNounPhrase(tokens);
        if (!cue && bare) {
            cue = true; // "dropout", "transfer learning": a lookup, even without a question word
        }
        if (THANKS.matcher(joined).find() && !defineFrame && !whClause) {
            cue = false;
        }
        int from = 0;
        int to = words.size();
        boolean asksMeaning = bare;
        Set<Integer> frame = new java.util.TreeSet<>();
        if (defineFrame) {
            int frameStart = wordIndexAt(joined, define.start() + (joined.charAt(define.start()) == ' ' ? 1 : 0));
            int frameEnd = Math.min(wordIndexAt(joined, define.end()), to);
            for (int i = frameStart; i < frameEnd; i++) {
                frame.add(i);
            }
            from = skipDeterminers(words, frameEnd);
            // "what does X mean", "what does that mean lol": the verb is the frame's, not X's
            if (DO_FRAME.matcher(define.group()).find()) {
                for (int m = frameEnd; m < to; m++) {
                    if (MEAN.contains(words.get(m).norm())) {
                        frame.add(m);
                        to = m;
                        break;
                    }
                }
                // "what does std dev measure", "what does the batch size control": the question's own
                // verb closes it, after the phrase asked about
                if (to - from >= 2 && to == words.size() && words.get(to - 1).pos().equals("VERB")) {
                    frame.add(to - 1);
                    to--;
                }
            } else if (to - from >= 3 && words.get(to - 1).norm().equals("for")
                    && Set.of("stand", "stands").contains(words.get(to - 2).norm())) {
                to -= 2; // "what does X stand for"
            }
            // "what's a patch panel? my uncle has one": the question ends with its sentence
            to = sentenceEnd(words, tokens, from, to);
            int embeddedVerb = from < to && VERBLESS_WHAT.matcher(define.group()).find() && afterAVerb(words, frameStart)
                    ? embeddedCopula(words, tokens, from, to) : -1;
            if (embeddedVerb > from) {
                // "explain what a MAC address is, the video ...": an embedded question keeps its verb
                // after the phrase it asks about, so the phrase ends there
                frame.add(embeddedVerb);
                to = embeddedVerb;
            }
            if (from >= to || pointsBack(words, from, to)) {
                // "early stopping, what is that?", "... 'independent events', what does it mean?": the
                // question points back at what came before it: a quoted phrase, else the last noun
                // phrase before the question, else everything before it
                Referent referent = frameStart > 0 ? Referent.before(tokens, words, frameStart) : null;
                from = referent != null ? referent.from() : 0;
                to = referent != null ? referent.to() : frameStart;
            }
            asksMeaning |= ASKS_MEANING.matcher(define.group()).find() || frame.size() > frameEnd - frameStart;
        }
        if (compare) {
            return new ParsedQuestion(text, tokens, words, Intent.COMPARE, true, 0, words.size(), joined, false, true,
                    Set.of());
        }
        if (defineFrame && (isRelativeDescription(words, from) || DescriptionForm.nounPhraseWithClause(words, from, to))) {
            return described(text, tokens, words, from, words.size(), false);
        }
        Intent intent = cue ? Intent.DEFINE : Intent.NONE;
        String target = words.subList(from, to).stream().map(Word::norm).collect(Collectors.joining(" "));
        return new ParsedQuestion(text, tokens, words, intent, cue, from, to, target, false, asksMeaning,
                Set.copyOf(frame));
    }

    /**
     * "what device moves data from one network onto another": "what" asks which thing is the subject
     * of the verb that follows its noun, a description; "what batch size did you use" asks about the
     * thing named, its verb an auxiliary with the subject after it.
     */
    private static boolean asksWhichThingDoes(List<Word> words) {
        if (words.size() < 4 || !words.get(0).norm().equals("what")) {
            return false;
        }
        int i = 1;
        while (i < words.size() && (words.get(i).isNounLike() || words.get(i).pos().equals("ADJ"))) {
            i++;
        }
        return i > 1 && i < words.size() && words.get(i - 1).isNounLike() && words.get(i).pos().equals("VERB")
                && DescriptionForm.saysEnough(words, 1, words.size());
    }

    /** A comparison word this near the start heads the phrase: "difference between X and Y", "the difference ...". */
    private static final int COMPARISON_HEAD = 3;

    /** What a question closing a message asks of the words before it. */
    private enum Closing {
        /** Nothing of them, or no question closes the message. */
        NONE,
        /** It points back at them: "what is it", "what are they counting". */
        BACK,
        /** It asks what they amount to: "what is happening", "what is going on". */
        SITUATION
    }

    /**
     * The first word of a wh-question that closes the message after a break ("..., what is
     * happening"), else the message's length.
     */
    private static int trailingQuestion(List<Word> words, List<Token> tokens) {
        for (int i = words.size() - 1; i >= 2; i--) {
            if (CLAUSE_WH.contains(words.get(i).norm()) && followsABreak(tokens, words.get(i).token())) {
                return i;
            }
        }
        return words.size();
    }

    /** What the question of words [lead, end) asks of the words before it (see {@link Closing}). */
    private static Closing closing(List<Word> words, int lead) {
        int i = lead + 1;
        while (i < words.size() && (words.get(i).pos().equals("AUX") || EMBEDDED_VERBS.contains(words.get(i).norm()))) {
            i++;
        }
        List<Word> rest = words.subList(i, words.size());
        boolean names = rest.stream().anyMatch(w -> w.isNounLike() || Set.of("ADJ", "NUM", "X").contains(w.pos()));
        if (rest.isEmpty() || !names && ANAPHORS.contains(rest.get(0).norm())) {
            return Closing.BACK;
        }
        boolean situation = !names && rest.stream().noneMatch(w -> w.pos().equals("PRON") || MEAN.contains(w.norm()))
                && rest.stream().anyMatch(w -> w.pos().equals("VERB"));
        return situation ? Closing.SITUATION : Closing.NONE;
    }

    /**
     * The last word of "what's that X" can be the noun of a thing ("algorithm", "rule"; the tagger
     * often misreads it there), not a verb of the frame ("what's that mean") or a function word.
     */
    private static boolean namesAThing(Word last) {
        return !MEAN.contains(last.norm()) && !Set.of("ADP", "PART", "PRON", "AUX", "CCONJ", "SCONJ", "INTJ")
                .contains(last.pos());
    }

    private static ParsedQuestion described(String text, List<Token> tokens, List<Word> words, int from, int to,
            boolean framed) {
        int start = Math.min(skipDeterminers(words, from), to);
        String description = words.subList(start, to).stream().map(Word::norm).collect(Collectors.joining(" "));
        Set<Integer> frame = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (i < from || i >= to) {
                frame.add(i); // the words around the description are the frame ("what do you call", "... called")
            }
        }
        return new ParsedQuestion(text, tokens, words, Intent.DESCRIBE, true, start, to, description, framed, true,
                Set.copyOf(frame));
    }

    /** "which comes first" asks to choose; only "which" before a noun ("which layer ...") describes one. */
    private static boolean whichWithoutNoun(Matcher frame, String joined, List<Word> words) {
        String matched = frame.group().strip();
        if (!matched.startsWith("which")) {
            return false;
        }
        int which = wordIndexAt(joined, frame.start() + (joined.charAt(frame.start()) == ' ' ? 1 : 0));
        return which + 1 >= words.size() || !words.get(which + 1).isNounLike();
    }

    /**
     * "what is a layer that reduces ...", "what is the data split used to ...": a head noun phrase
     * followed by a relative clause describes the term instead of naming it. The caller only
     * trusts this when the head itself is not a glossary name (checked later by the engine).
     */
    private static boolean isRelativeDescription(List<Word> words, int from) {
        int contentAfter = 0;
        for (int i = from; i < words.size() && i < from + RELATIVE_WITHIN; i++) {
            if (RELATIVE.contains(words.get(i).norm()) && i > from) {
                for (int j = i + 1; j < words.size(); j++) {
                    if (!DETERMINERS.contains(words.get(j).norm())) {
                        contentAfter++;
                    }
                }
                return contentAfter >= 3;
            }
        }
        return false;
    }

    /** A frame that ends in a bare "what", with no verb of its own: "explain what X is", "understood what X is". */
    private static final Pattern VERBLESS_WHAT = Pattern.compile("\\bwhat\\s*$");
    /** The verbs that close an embedded question about a meaning: "what X is", "what X means", "what X stands for". */
    private static final Set<String> EMBEDDED_VERBS = Set.of("is", "are", "was", "were", "means", "mean", "stands", "stand");
    /** Pronouns that stand for something named before: "what is it?", "what's that?". */
    private static final Set<String> ANAPHORS = Set.of("it", "this", "that", "these", "those", "they", "them");

    /**
     * The index of the verb that closes an embedded question "what X is" within [from, to), or -1.
     * Without inversion the verb follows the phrase and has no subject after it: "what a parameter
     * is in statistics" embeds one; "what batch size did you use" asks directly.
     */
    private static int embeddedCopula(List<Word> words, List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to && i <= from + RELATIVE_WITHIN; i++) {
            Word w = words.get(i);
            if (w.token() != words.get(i - 1).token() && followsABreak(tokens, w.token())) {
                return -1; // the clause ended before a verb
            }
            if (!EMBEDDED_VERBS.contains(w.norm())) {
                if (w.pos().equals("AUX") || w.pos().equals("VERB") && !w.norm().endsWith("ing")
                        || w.pos().equals("PRON")) {
                    return -1; // another verb or a subject: not "what X is"
                }
                continue;
            }
            boolean ends = i + 1 >= words.size() || followsABreak(tokens, words.get(i + 1).token());
            String next = ends ? "" : words.get(i + 1).pos();
            return ends || Set.of("ADP", "ADV", "PART", "SCONJ", "CCONJ").contains(next) ? i : -1;
        }
        return -1;
    }

    /**
     * The frame opens an object clause: "explain what ...", "never understood what ...", not "...
     * tells you what protocol is inside it".
     */
    private static boolean afterAVerb(List<Word> words, int frameStart) {
        Word first = words.get(frameStart);
        return !first.norm().equals("what") || frameStart > 0 && words.get(frameStart - 1).pos().equals("VERB");
    }

    /**
     * A comparison frame ("different from", "difference", "compare") in a sentence that asks
     * something: "does anyone know what standardization is? in the video they do it to the
     * columns before comparing them" compares nothing.
     */
    private static boolean comparesInAQuestion(String joined, List<Word> words, List<Token> tokens) {
        Matcher m = COMPARE_FRAME.matcher(joined);
        boolean oneSentence = tokens.get(tokens.size() - 1).sentence() == tokens.get(0).sentence();
        while (m.find()) {
            if (oneSentence) {
                return true;
            }
            int sentence = tokens.get(words.get(Math.min(wordIndexAt(joined, m.start()), words.size() - 1)).token()).sentence();
            boolean asks = tokens.stream().filter(t -> t.sentence() == sentence)
                    .anyMatch(t -> t.text().contains("?") || CLAUSE_WH.contains(t.norm()) || WH.contains(t.norm())
                            && !Set.of("is", "are", "does", "do", "can", "could").contains(t.norm()));
            if (asks) {
                return true;
            }
        }
        return false;
    }

    /** The first word in (from, to) that starts a later sentence than word {@code from}'s, else {@code to}. */
    private static int sentenceEnd(List<Word> words, List<Token> tokens, int from, int to) {
        if (from >= to) {
            return to;
        }
        int sentence = tokens.get(words.get(from).token()).sentence();
        for (int i = from + 1; i < to; i++) {
            if (tokens.get(words.get(i).token()).sentence() != sentence) {
                return i;
            }
            // "what is the physical layer i have a test tomorrow": a subject and its verb right after
            // a noun start a new clause even without punctuation
            if (i + 1 < to && words.get(i).pos().equals("PRON") && !RELATIVE.contains(words.get(i).norm())
                    && !QUESTION_WORDS.contains(words.get(i).norm())
                    && (words.get(i + 1).pos().equals("VERB") || words.get(i + 1).pos().equals("AUX"))
                    && (words.get(i - 1).isNounLike() || words.get(i - 1).pos().equals("ADJ"))) {
                return i;
            }
        }
        return to;
    }

    /** The phrase asked about is only a pronoun standing for something said before ("what is it supposed to be?"). */
    private static boolean pointsBack(List<Word> words, int from, int to) {
        List<Word> target = words.subList(from, to);
        if (target.stream().allMatch(w -> w.pos().equals("PRON"))) {
            return true;
        }
        // "it supposed to be", "it in simple terms": the pronoun is the subject, the rest says nothing of a name
        return ANAPHORS.contains(target.get(0).norm()) && target.get(0).pos().equals("PRON")
                && (target.size() == 1 || !target.get(1).isNounLike() && !target.get(1).pos().equals("ADJ"))
                && (target.stream().noneMatch(Word::isNounLike) || target.get(1).pos().equals("ADP"));
    }

    /** Chat spellings of "what" ("wat is an epoch", "wht's a tensor") read as "what". */
    private static List<Word> fixWhTypo(List<Word> words) {
        if (words.isEmpty() || !WHAT_TYPOS.contains(words.get(0).norm())) {
            return words;
        }
        Word w = words.get(0);
        String what = w.norm().endsWith("s") ? "whats" : "what";
        List<Word> fixed = new java.util.ArrayList<>(words);
        fixed.set(0, new Word(what, what, Set.of(what), w.token(), "PRON"));
        return fixed;
    }

    /**
     * A question word is never a noun, whatever the tagger says: "whats" read as a noun in
     * "instance segmentation vs semantic segmentation whats the difference" would extend a name
     * into a longer noun phrase.
     */
    private static List<Word> fixWhTags(List<Word> words) {
        List<Word> fixed = null;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.isNounLike() && QUESTION_WORDS.contains(w.norm())) {
                if (fixed == null) {
                    fixed = new java.util.ArrayList<>(words);
                }
                fixed.set(i, new Word(w.norm(), w.canon(), w.forms(), w.token(), "PRON"));
            }
        }
        return fixed == null ? words : fixed;
    }

    /**
     * A word the tagger calls a pronoun but English does not know as one is a noun: an unknown
     * short word after "what is" ("what is hex", "what is OSI") is often tagged as a pronoun, and
     * would then be read as pointing back at something said before, leaving nothing asked about.
     */
    private static List<Word> fixPronounTags(List<Word> words) {
        List<Word> fixed = null;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.pos().equals("PRON") && !PRONOUNS.contains(w.norm()) && !QUESTION_WORDS.contains(w.norm())) {
                if (fixed == null) {
                    fixed = new java.util.ArrayList<>(words);
                }
                fixed.set(i, new Word(w.norm(), w.canon(), w.forms(), w.token(), "NOUN"));
            }
        }
        return fixed == null ? words : fixed;
    }

    /** The pronouns of English (and their chat spellings), a closed class. */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "you", "your", "yours",
            "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
            "itself", "we", "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves",
            "this", "that", "these", "those", "there", "one", "ones", "oneself", "anyone", "anybody", "anything",
            "everyone", "everybody", "everything", "someone", "somebody", "something", "noone", "nobody", "nothing",
            "none", "whatever", "whoever", "whichever", "whomever", "each", "other", "another", "all", "both",
            "either", "neither", "some", "any", "many", "much", "few", "several", "such", "u", "ya", "ur", "yall",
            "smth", "sth", "sb", "thats", "theres", "s");

    private static final Set<String> QUESTION_WORDS = Set.of("what", "whats", "which", "who", "whom", "whose",
            "how", "why", "where", "when");

    private static final Set<String> WHAT_TYPOS = Set.of("wat", "wht", "waht", "whta", "wut", "wats", "whts", "wahts", "wuts");

    /**
     * In "what does the batch size control?" the last word is the question's main verb, but the
     * tagger often reads it as a noun, which would make "batch size control" one noun phrase.
     */
    private static List<Word> fixDoSupportVerb(List<Word> words) {
        if (words.size() < 4 || !Set.of("what", "how", "why", "where", "when").contains(words.get(0).norm())
                || !Set.of("do", "does", "did").contains(words.get(1).norm())) {
            return words;
        }
        Word last = words.get(words.size() - 1);
        if (!last.isNounLike() || last.norm().equals("mean")) {
            return words;
        }
        List<Word> fixed = new java.util.ArrayList<>(words);
        fixed.set(words.size() - 1, new Word(last.norm(), last.canon(), last.forms(), last.token(), "VERB"));
        return fixed;
    }

    /**
     * One to three words with no pronoun, auxiliary or interjection: a term typed on its own.
     * Verbs are allowed because the tagger reads a lone "Transfer Learning" as verbs.
     */
    private static boolean isBareNounPhrase(List<Token> tokens) {
        List<Token> words = tokens.stream().filter(Token::isWord).toList();
        if (words.size() == 1) {
            return !words.get(0).pos().equals("INTJ"); // a lone word's tag is a guess ("dropout" as ADP)
        }
        return !words.isEmpty() && words.size() <= 3 && words.stream()
                .noneMatch(t -> Set.of("PRON", "AUX", "INTJ", "DET", "ADP", "CCONJ", "SCONJ", "PART").contains(t.pos()));
    }

    /**
     * Moves {@code define} to the frame that asks: the first one opening the message or a clause.
     * In "I know what pooling is, but what is a kernel?" the first "what" is part of a statement.
     */
    private static boolean findAskingFrame(Matcher define, String joined, List<Word> words, List<Token> tokens) {
        int firstStart = -1;
        while (define.find()) {
            int start = define.start();
            if (firstStart < 0) {
                firstStart = start;
            }
            if (opensClause(wordIndexAt(joined, start), words, tokens)) {
                return true;
            }
        }
        return firstStart >= 0 && define.find(firstStart);
    }

    private static boolean opensClause(int wordIndex, List<Word> words, List<Token> tokens) {
        if (wordIndex == 0) {
            return true;
        }
        return followsABreak(tokens, words.get(wordIndex).token())
                || CLAUSE_OPENERS.contains(words.get(wordIndex - 1).norm());
    }

    /** Token {@code i} comes after punctuation or starts a later sentence. */
    private static boolean followsABreak(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        return !previous.isWord() || previous.sentence() != tokens.get(i).sentence();
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "so", "then", "also", "ok", "okay",
            "anyway", "question", "pls", "please", "tutor");

    /**
     * A question word opening a later sentence or clause: "logits or probabilities, which comes
     * first" asks something even without a question mark.
     */
    private static boolean hasWhClause(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (followsABreak(tokens, i) && CLAUSE_WH.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CLAUSE_WH = Set.of("what", "whats", "which", "how", "why");

    private static boolean startsWithWh(List<Word> words) {
        return WH.contains(words.get(0).norm());
    }

    private static int skipFrame(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && (WH.contains(words.get(i).norm()) || words.get(i).norm().equals("s"))) {
            i++;
        }
        return skipDeterminers(words, i);
    }

    private static int skipDeterminers(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && DETERMINERS.contains(words.get(i).norm())) {
            i++;
        }
        return i;
    }

    /** The index of the word that starts at or after character {@code offset} of the joined text. */
    private static int wordIndexAt(String joined, int offset) {
        int index = 0;
        for (int i = 0; i < Math.min(offset, joined.length()); i++) {
            if (joined.charAt(i) == ' ') {
                index++;
            }
        }
        if (offset > 0 && offset <= joined.length() && joined.charAt(offset - 1) != ' ' && offset < joined.length()) {
            index++; // the match ended inside a word; start after it
        }
        return index;
    }
}
