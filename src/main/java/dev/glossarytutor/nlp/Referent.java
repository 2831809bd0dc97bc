package dev.glossarytutor.nlp;

import java.util.List;
import java.util.Set;

/**
 * What a pronoun in a question stands for: "they threw the term 'Ethernet frame' at me. what is
 * it?", "one question asks about the start frame delimiter. what's that?". Read from punctuation
 * and parts of speech only.
 *
 * @param from first word of the phrase referred to
 * @param to   one past its last word
 */
record Referent(int from, int to) {
    /** Pronouns that stand for things named before: "what are those?". */
    static final Set<String> PLURAL_ANAPHORS = Set.of("these", "those", "they", "them");
    /** Pronouns that stand for something named before: "what is it?", "what's that?". */
    static final Set<String> ANAPHORS = Set.of("it", "this", "that", "these", "those", "they", "them");
    /** The tag of a pronoun with "is" typed onto it: "thats", "its". */
    private static final String CONTRACTED_IS = "PRON+AUX";
    /** Tags of the words a writer may put before a question that says nothing: "like", "so", "lol", "and". */
    private static final Set<String> LEADING_FILLERS = Set.of("INTJ", "CCONJ", "SCONJ");
    /** Nouns that name no concept of their own, only a word or a thing pointed at. */
    private static final Set<String> GENERAL_NOUNS = Set.of("term", "terms", "word", "words", "thing", "things",
            "concept", "phrase", "acronym", "abbreviation", "one", "stuff");
    /** Quotation marks as typed or as the tokenizer writes them. */
    private static final Set<String> QUOTES = Set.of("'", "\"", "‘", "’", "“", "”", "`", "``", "''", "´");
    /** Words that open a relative clause. */
    private static final Set<String> RELATIVE_WORDS = Set.of("that", "which", "who", "whom", "whose", "where", "when");
    /**
     * Nouns of amount that stand as adverbs ("mentions it a lot", "for a while", "like 5 times"): never the thing
     * a pronoun stands for.
     */
    private static final Set<String> AMOUNT_NOUNS = Set.of("lot", "lots", "bit", "ton", "tons", "bunch", "while",
            "times");
    /**
     * Nouns (lemmas) of a time that stand as adverbs ("we're on X this week", "the hw due tomorrow"): never the thing a
     * pronoun stands for; a closed class of English.
     */
    private static final Set<String> TIME_NOUNS = Set.of("today", "tonight", "tomorrow", "yesterday", "morning",
            "afternoon", "evening", "night", "day", "week", "weekend", "month", "semester", "year", "hour", "minute");
    /** How far before a noun phrase a "not" sets it aside. */
    private static final int NEGATION_WITHIN = 3;
    /** Parts of speech between "not" and the noun phrase it sets aside. */
    private static final Set<String> NEGATED_PHRASE = Set.of("ADV", "DET", "ADJ", "VERB");
    /** A longer quotation is something said, not a name. */
    private static final int QUOTED_WORDS = 6;
    /** Parts of speech that end a noun phrase on its left: "about | the start frame delimiter". */
    private static final Set<String> OUTSIDE_PHRASE = Set.of("DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ",
            "PART", "INTJ", "ADV", "PUNCT", "SYM");

    /**
     * Words [from, to), the phrase a question asks about, are only a pronoun standing for something
     * said before ("what is it supposed to be?"), so what it stands for is asked about.
     */
    static boolean pointsBack(List<Word> words, int from, int to) {
        List<Word> target = words.subList(from, to);
        if (target.stream().allMatch(w -> w.pos().equals("PRON"))) {
            return true;
        }

        // "it supposed to be", "it in simple terms": the pronoun is the subject, the rest says nothing of a name
        return isAnaphor(target.get(0))
                && (target.size() == 1 || !target.get(1).isNounLike() && !target.get(1).pos().equals("ADJ"))
                && (target.stream().noneMatch(Word::isNounLike) || target.get(1).pos().equals("ADP"));
    }

    /**
     * A pronoun that stands for something named before, perhaps with "is" typed onto it: "no clue what thats supposed
     * to be".
     */
    private static boolean isAnaphor(Word w) {
        String norm = w.norm();
        return w.pos().equals("PRON") && ANAPHORS.contains(norm) || w.pos().equals(CONTRACTED_IS) && norm.endsWith("s")
                && ANAPHORS.contains(norm.substring(0, norm.length() - 1));
    }

    /**
     * Words [from, to) are a pointing word with only adverbs or interjections after it ("that exactly",
     * "it lol"), or "supposed to be", or a demonstrative with a noun that names no concept ("that term"), whatever the
     * tagger made of the pointing word: what a frame's skipped determiner leaves is no phrase.
     */
    static boolean pointsBackBare(List<Word> words, int from, int to) {
        if (from >= to || !ANAPHORS.contains(words.get(from).norm())) {
            return false;
        }
        List<Word> rest = words.subList(from + 1, to);
        return rest.stream().allMatch(w -> w.pos().equals("ADV") || w.pos().equals("INTJ"))
                || supposedToBe(rest)
                || rest.size() == 1 && QuestionWords.DEMONSTRATIVES.contains(words.get(from).norm())
                && GENERAL_NOUNS.contains(rest.get(0).norm());
    }

    /**
     * Words after a pointing word are a participle and an infinitive only: "what is that supposed to be", "meant to
     * mean". (Any verbs at all, measured, cost a statistics answer.)
     */
    private static boolean supposedToBe(List<Word> rest) {
        return rest.size() >= 3 && rest.get(0).pos().equals("VERB") && !rest.get(0).norm().endsWith("ing")
                && rest.get(1).norm().equals("to") && rest.subList(2, rest.size()).stream()
                .allMatch(w -> w.pos().equals("AUX") || w.pos().equals("VERB") || w.pos().equals("ADV"));
    }

    /**
     * The phrase that words before {@code before} offer for a pronoun: the last quoted phrase, else
     * the last noun phrase; null when there is none.
     */
    static Referent before(List<Token> tokens, List<Word> words, int before) {
        return before(tokens, words, before, false);
    }

    /**
     * {@link #before(List, List, int)} for a plural pronoun when {@code plural}: "add skip connections to our cnn, idk
     * what those are" stands for the last plural noun phrase, when one comes before the last noun phrase in its
     * sentence; a quoted phrase is meant whatever its number ("prof kept saying 'logits' ... what are they").
     */
    static Referent before(List<Token> tokens, List<Word> words, int before, boolean plural) {
        Referent quoted = lastQuoted(tokens, words, before);
        if (quoted != null) {
            return quoted;
        }
        Referent nearest = lastNounPhraseBefore(tokens, words, before);
        if (!plural || nearest == null || isPlural(tokens, words, nearest.to() - 1)) {
            return nearest;
        }
        int sentence = sentenceStart(tokens, words, nearest.from());
        int start = nearest.from();
        while (start > sentence) {
            Referent earlier = lastNounPhrase(tokens, words, sentence, start);
            if (earlier == null || earlier.from() >= start) {
                break;
            }
            if (isPlural(tokens, words, earlier.to() - 1)) {
                return earlier;
            }
            start = earlier.from();
        }
        return nearest;
    }

    /** Word {@code i} is a plural noun: its lemma drops the "s" it ends with ("connections"). */
    private static boolean isPlural(List<Token> tokens, List<Word> words, int i) {
        Token t = tokens.get(words.get(i).token());
        return t.isNounLike() && t.norm().endsWith("s") && !t.lemma().equals(t.norm());
    }

    /** The first word of the sentence word {@code i} is in. */
    private static int sentenceStart(List<Token> tokens, List<Word> words, int i) {
        int sentence = tokens.get(words.get(i).token()).sentence();
        int start = i;
        while (start > 0 && tokens.get(words.get(start - 1).token()).sentence() == sentence) {
            start--;
        }
        return start;
    }

    /** The last noun phrase of the sentence before word {@code before}, when that sentence mentions one. */
    private static Referent lastNounPhraseBefore(List<Token> tokens, List<Word> words, int before) {
        // "... the margin of error?? like what even is that": fillers before the question point at nothing
        int end = before;
        while (end > 1 && LEADING_FILLERS.contains(words.get(end - 1).pos())) {
            end--;
        }
        int start = sentenceStart(tokens, words, end - 1);
        // "the glass cables that are as thin as a hair, what are those": a noun phrase with no verb
        // of its own is a description of the thing asked about, not a clause that mentions it
        if (isDescription(words, start, end) || endsOnItsVerb(words, start, end)) {
            return null;
        }
        return lastNounPhrase(tokens, words, start, end);
    }

    /**
     * Words [from, to) end with a subject and its verb and nothing after it ("how well a model generalizes", "...
     * and everyone nodded"): a pronoun after them stands for what the clause says, not for its subject. A bare
     * "-ing" form after a noun is no finite verb but a compound's head ("... keeps mentioning line coding").
     */
    private static boolean endsOnItsVerb(List<Word> words, int from, int to) {
        int last = to - 1;
        while (last > from && words.get(last).pos().equals("ADV")) {
            last--;
        }
        return last > from && words.get(last).pos().equals("VERB") && !words.get(last).norm().endsWith("ing")
                && (words.get(last - 1).isNounLike() || words.get(last - 1).pos().equals("PRON"));
    }

    /** Words [from, to) have no verb but inside a relative clause ("the X that has ...") or none at all. */
    private static boolean isDescription(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            Word w = words.get(i);
            if (RELATIVE_WORDS.contains(w.norm()) && !w.pos().equals("DET")) {
                return true;
            }
            if (w.pos().equals("VERB") || w.pos().equals("AUX")) {
                return false;
            }
        }
        return true;
    }

    /** The words between the last pair of quotation marks before word {@code before}, if they are few enough for a name. */
    static Referent lastQuoted(List<Token> tokens, List<Word> words, int before) {
        int end = words.get(before).token();
        int close = -1;
        for (int t = end - 1; t >= 0; t--) {
            // the tokenizer may keep an opening quotation mark on its word: "'auxiliary" "task" "'"
            boolean glued = close >= 0 && tokens.get(t).isWord() && startsWithQuote(tokens.get(t).text());
            if (!QUOTES.contains(tokens.get(t).text()) && !glued) {
                continue;
            }
            if (close < 0) {
                close = t;
                continue;
            }
            int open = glued ? t - 1 : t;
            int closing = close;
            int from = firstWordAfter(words, open);
            int to = from;
            while (to < before && words.get(to).token() < closing) {
                to++;
            }
            return to > from && to - from <= QUOTED_WORDS ? new Referent(from, to) : null;
        }
        return null;
    }

    private static boolean startsWithQuote(String text) {
        return text.length() > 1 && QUOTES.contains(text.substring(0, 1));
    }

    private static int firstWordAfter(List<Word> words, int token) {
        int i = 0;
        while (i < words.size() && words.get(i).token() <= token) {
            i++;
        }
        return i;
    }

    /**
     * The last noun phrase in words [start, before): its head is the last noun (or a gerund that
     * ends a phrase, "early stopping"), and it reaches left over adjectives, nouns and numbers; a
     * verb between two of them is a tagging slip ("the start frame delimiter", "frame" as a verb).
     * A phrase that is the object of "of" belongs to the noun before it: "the standard error of the
     * mean" is one phrase, not "the mean".
     */
    private static Referent lastNounPhrase(List<Token> tokens, List<Word> words, int start, int before) {
        int head = before - 1;
        while (head >= start && !(isHead(tokens, words, head, before) && !namesNoThingAsked(words, head))) {
            head--;
        }
        if (head < start) {
            return null;
        }
        int from = leftEdge(tokens, words, start, head);
        if (GENERAL_NOUNS.contains(words.get(head).norm())) {
            // "the datalink layer is the most boring one lmao. what does it do": a noun that names no concept of its
            // own ("one", "thing") stands for a phrase before it
            Referent named = lastNounPhrase(tokens, words, start, from);
            if (named != null) {
                return named;
            }
        }
        int not = negation(words, start, from);
        if (not >= 0) {
            // "we need instance segmentation, not just foreground/background. what does that mean": what is
            // set aside by "not" is not what is asked about
            Referent kept = lastNounPhrase(tokens, words, start, not);
            if (kept != null) {
                return kept;
            }
        }
        if (from == head && bareAdjunct(tokens, words, start, from)) {
            // "keeps bringing up bgp at dinner, what is that": a bare noun after a preposition ("at dinner", "in
            // class") is where or when, not a thing: the noun phrase before the preposition is meant
            Referent located = lastNounPhrase(tokens, words, start, from - 1);
            if (located != null) {
                return located;
            }
        }
        int of;
        while ((of = ofBefore(tokens, words, start, from)) > start && words.get(of - 1).isNounLike()
                && sameRun(tokens, words, of - 1, of)) {
            from = leftEdge(tokens, words, start, of - 1);
        }
        return new Referent(from, head + 1);
    }

    /**
     * The index of the "not" at most {@link #NEGATION_WITHIN} words before the noun phrase starting at {@code from},
     * over adverbs, determiners and words the tagger split off the phrase ("not just foreground/VERB background"),
     * else -1.
     */
    private static int negation(List<Word> words, int start, int from) {
        int k = from - 1;
        while (k >= start && k >= from - NEGATION_WITHIN && NEGATED_PHRASE.contains(words.get(k).pos())
                && !words.get(k).norm().equals("not")) {
            k--;
        }
        return k >= start && words.get(k).norm().equals("not") ? k : -1;
    }

    /**
     * Word {@code noun} is a noun alone after a preposition other than "of", right after another noun: "bgp at
     * dinner", "the margin of error in class".
     */
    private static boolean bareAdjunct(List<Token> tokens, List<Word> words, int start, int noun) {
        int adp = noun - 1;
        if (adp - 1 > start && words.get(adp).pos().equals("DET") && sameRun(tokens, words, adp, noun)) {
            adp--; // "has a preamble at the start": a determiner may stand between
        }
        return adp - 1 >= start && words.get(adp).pos().equals("ADP") && !words.get(adp).norm().equals("of")
                && words.get(adp - 1).isNounLike() && sameRun(tokens, words, adp - 1, adp)
                && sameRun(tokens, words, adp, adp + 1);
    }

    /** The first word of the noun phrase headed by word {@code head}. */
    private static int leftEdge(List<Token> tokens, List<Word> words, int start, int head) {
        int from = head;
        while (from > start && sameRun(tokens, words, from - 1, from) && inPhrase(tokens, words, from - 1)) {
            from--;
        }
        while (from < head && words.get(from).pos().equals("VERB")) {
            from++;
        }
        return from;
    }

    /**
     * The index of an "of" that opens the noun phrase starting at {@code from}, over a determiner
     * between them ("of the mean"); -1 when there is none.
     */
    private static int ofBefore(List<Token> tokens, List<Word> words, int start, int from) {
        int at = from - 1;
        if (at > start && words.get(at).pos().equals("DET") && sameRun(tokens, words, at, from)) {
            at--;
        }
        return at > start && words.get(at).norm().equals("of") && sameRun(tokens, words, at, at + 1) ? at : -1;
    }

    /**
     * Word {@code i} is a noun of amount ("a lot", "lots", "a bit"), of time ("this week") or of course material
     * ("for this hw", "in the slides"): none is what a pronoun asks about.
     */
    private static boolean namesNoThingAsked(List<Word> words, int i) {
        return AMOUNT_NOUNS.contains(words.get(i).norm()) || TIME_NOUNS.contains(words.get(i).canon())
                || QuestionWords.COURSE_MATERIAL.contains(words.get(i).canon());
    }

    private static boolean isHead(List<Token> tokens, List<Word> words, int i, int before) {
        Word w = words.get(i);
        if (w.isNounLike()) {
            return true;
        }
        // a gerund that closes its phrase names a thing: "early stopping."
        boolean closes = i + 1 >= before || !sameRun(tokens, words, i, i + 1) || words.get(i + 1).isNounLike();
        return w.pos().equals("VERB") && w.norm().endsWith("ing") && closes;
    }

    private static boolean inPhrase(List<Token> tokens, List<Word> words, int i) {
        Word w = words.get(i);
        if (OUTSIDE_PHRASE.contains(w.pos())) {
            return false;
        }
        if (w.pos().equals("VERB")) {
            return i > 0 && words.get(i - 1).isNounLike() && words.get(i + 1).isNounLike()
                    && !agreesWithSubject(tokens, words, i);
        }
        return true;
    }

    /**
     * Verb {@code i} agrees in number with the noun before it, its subject: "the module mentions/VERB CSMA/CD", "the
     * notes say/VERB ethernet cables ...". A verb between two nouns is otherwise read as the tagger's slip inside a
     * name ("the start frame/VERB delimiter": a bare form after a singular noun).
     */
    private static boolean agreesWithSubject(List<Token> tokens, List<Word> words, int i) {
        Token verb = tokens.get(words.get(i).token());
        String norm = verb.norm();
        boolean bare = verb.lemma().equals(norm);
        boolean thirdPerson = !bare && norm.endsWith("s") && !norm.endsWith("ss");
        return isPlural(tokens, words, i - 1) ? bare : thirdPerson;
    }

    /** Words {@code a} and {@code b} (a before b) are not parted by punctuation or a sentence end. */
    private static boolean sameRun(List<Token> tokens, List<Word> words, int a, int b) {
        int ta = words.get(a).token();
        int tb = words.get(b).token();
        return ta == tb || tb == ta + 1 && tokens.get(ta).sentence() == tokens.get(tb).sentence();
    }
}
