package dev.glossarytutor.nlp;

import java.util.List;
import java.util.Set;

/**
 * Words that describe a thing or a situation rather than say something about one: a noun phrase
 * with a clause of its own ("the layer that shrinks ...", "a number you calculate from ...", "the
 * data used for ..."), a gerund clause ("taking a network ... and reusing it"), or a clause opened
 * by "when" or "if" ("when you just ask whoever is easiest to reach"), or a clause of degree ("how spread out
 * the data is"). A hedge may open any of them ("just surveying whoever ..."). A sentence has a verb whose
 * subject comes before it ("the wifi in the lecture hall is so bad"); a description has none.
 * Read from parts of speech and the closed classes of English only.
 */
final class DescriptionForm {
    /** Words that open a relative clause after a noun; "thats" is "that's" typed without the apostrophe. */
    private static final Set<String> RELATIVE = Set.of("that", "which", "where", "who", "whose", "whom", "thats");
    /** Personal pronouns that can be the subject of a clause without "that": "the data you keep". */
    private static final Set<String> SUBJECTS = Set.of("i", "you", "we", "they", "he", "she", "u", "people",
            "someone", "somebody", "everyone", "everybody", "one");
    /** Subordinators that open a clause describing a situation. */
    private static final Set<String> SITUATION = Set.of("when", "if", "whenever");
    /** Pronouns that stand for an unnamed thing or person and can head a noun phrase ("of something happening"). */
    private static final Set<String> INDEFINITE = Set.of("something", "someone", "somebody", "anything", "anyone",
            "everything", "everyone", "nothing", "whoever", "whatever");
    /** Parts of speech of the words of degree after "how": "how spread out", "how far apart", "how many bits". */
    private static final Set<String> DEGREE = Set.of("ADJ", "ADV", "ADP", "NOUN");
    /** The most words of degree after "how". */
    private static final int DEGREE_WORDS = 3;
    /** Parts of speech that open the subject of a clause of degree: "the data", "an event", "it". */
    private static final Set<String> SUBJECT_START = Set.of("DET", "PRON", "PROPN");
    /** A clause of degree says at least this many content words: "how likely an event is to happen". */
    private static final int DEGREE_CONTENT_WORDS = 2;
    /** A description says more than a name: at least this many content words. */
    private static final int CONTENT_WORDS = 4;
    /** Parts of speech that can start the object of a gerund: "taking a network", "reusing weights". */
    private static final Set<String> OBJECT_START = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM");
    /** Parts of speech before the modifiers of a noun phrase: "the two ...". */
    private static final Set<String> PHRASE_START = Set.of("DET", "NUM");
    /** Parts of speech besides nouns that count as content words. */
    private static final Set<String> CONTENT = Set.of("ADJ", "VERB", "NUM", "X");
    /** How far into the phrase a loose relative clause may start: "the small matrix of weights that ...". */
    private static final int RELATIVE_WITHIN = 6;
    /** A loose relative clause says at least this many words besides determiners. */
    private static final int RELATIVE_WORDS = 3;

    private DescriptionForm() {
    }

    /** Words [from, to) are a description in one of the forms above. */
    static boolean of(List<Word> words, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        if (degreeClause(words, from, to)) {
            return true;
        }
        if (!saysEnough(words, from, to)) {
            // a relative clause is no part of any name, so a noun phrase with one describes with a word less: "the
            // value that shows up most often in a dataset" ("most often" are adverbs, which count as no content)
            return contentWords(words, from, to) == CONTENT_WORDS - 1 && headWithRelativeClause(words, from, to);
        }
        while (from + 2 < to && words.get(from).pos().equals("ADV")
                && QuestionWords.HEDGES.contains(words.get(from).norm())) {
            from++; // "just surveying whoever is easiest to get to"
        }
        Word first = words.get(from);
        if (SITUATION.contains(first.norm())) {
            // "when one label shows up ...", not "when is the exam": no verb right after it, one later
            Word next = words.get(from + 1);
            return !isVerb(next) && hasVerb(words, from + 2, to);
        }
        if (isGerund(first)) {
            // "taking a network ...", "picking a few whole schools ...": the gerund has an object; "doing the practice
            // quiz and it asks about ..." is what the writer was doing when a clause of its own says something
            return (OBJECT_START.contains(words.get(from + 1).pos()) || INDEFINITE.contains(words.get(from + 1).norm()))
                    && !joinsAClause(words, from + 1, to);
        }
        return nounPhraseWithClause(words, from, to, true);
    }

    /**
     * Words [from, to) hold a conjunction followed by a subject pronoun and its verb: "... and it asks about", "... but
     * i never got it"; a clause of its own, where a description has none.
     */
    private static boolean joinsAClause(List<Word> words, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (words.get(i).pos().equals("CCONJ") && QuestionWords.SUBJECT_PRONOUNS.contains(words.get(i + 1).norm())
                    && isVerb(words.get(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words [from, to) are a clause of degree with its subject before its verb, as a noun phrase is used: "how spread
     * out the data is", "how likely an event is to happen", "how many bits a link can carry"; not the direct question
     * "how much data can a link carry", "how many hours a week do you spend" nor "how do you ...".
     */
    private static boolean degreeClause(List<Word> words, int from, int to) {
        if (!words.get(from).norm().equals("how")) {
            return false;
        }
        int i = from + 1;
        while (i < to && i <= from + DEGREE_WORDS && DEGREE.contains(words.get(i).pos())) {
            i++;
        }
        if (i == from + 1 || i + 1 >= to || !SUBJECT_START.contains(words.get(i).pos())
                || QuestionWords.QUESTION_WORDS.contains(words.get(i).norm())) {
            return false;
        }
        for (int j = i + 1; j < to; j++) {
            if (isVerb(words.get(j))) {
                // "how many hours a week do you spend": an auxiliary before its subject asks directly
                boolean inverted = words.get(j).pos().equals("AUX") && j + 1 < to
                        && words.get(j + 1).pos().equals("PRON");
                return !inverted && contentWords(words, from, to) >= DEGREE_CONTENT_WORDS;
            }
        }
        return false;
    }

    /**
     * Words [from, to) are a noun phrase with a clause of its own ("the special address that's all
     * F's"): after "what is", a noun phrase alone is more likely a name, perhaps one the glossary
     * lacks ("a MAC address table on a switch"), than a description.
     */
    static boolean nounPhraseWithClause(List<Word> words, int from, int to) {
        return to - from >= 2 && saysEnough(words, from, to) && nounPhraseWithClause(words, from, to, false);
    }

    /**
     * "what is a layer that reduces ...", "what is the data split used to ...": a word opening a
     * clause or phrase about the noun ({@link QuestionWords#RELATIVE}) within the first few words
     * from {@code from}, with at least three words besides determiners after it up to the message's
     * end. Looser than {@link #nounPhraseWithClause(List, int, int)}, whose forms it overlaps but
     * does not contain ("used to", "for"). The caller only trusts this when the head itself is not a
     * glossary name (checked later by the engine).
     */
    static boolean relativeClauseNear(List<Word> words, int from) {
        int contentAfter = 0;
        for (int i = from; i < words.size() && i < from + RELATIVE_WITHIN; i++) {
            if (QuestionWords.RELATIVE.contains(words.get(i).norm()) && i > from) {
                for (int j = i + 1; j < words.size(); j++) {
                    if (!QuestionWords.DETERMINERS.contains(words.get(j).norm())) {
                        contentAfter++;
                    }
                }
                return contentAfter >= RELATIVE_WORDS;
            }
        }
        return false;
    }

    /**
     * A noun phrase (with any prepositional phrases and conjuncts after it) followed by a clause that
     * modifies it, or by nothing: "the separate data you check on", "the byte that marks ...",
     * "the unique hardware address burned into ...", "one full run through all the training data".
     */
    private static boolean nounPhraseWithClause(List<Word> words, int from, int to, boolean alone) {
        int i = from;
        if (QuestionWords.DEMONSTRATIVES.contains(words.get(i).norm()) && i + 1 < to && !isVerb(words.get(i + 1))) {
            i++;
        }
        int end = nounPhraseEnd(words, i, to);
        if (end < 0) {
            return false;
        }
        boolean prepositional = false;
        // prepositional phrases and conjuncts: "of numbers", "like learning rate and number of layers"
        while (end < to && (isPreposition(words.get(end)) || words.get(end).pos().equals("CCONJ"))) {
            int next = nounPhraseEnd(words, end + 1, to);
            if (next < 0) {
                // "the test for checking whether ...": a preposition with a gerund clause says what the thing does
                if (alone && isPreposition(words.get(end)) && end + 2 < to && isGerund(words.get(end + 1))) {
                    return true;
                }
                break;
            }
            prepositional |= isPreposition(words.get(end));
            end = next;
        }
        if (end >= to) {
            // a noun phrase only: with a prepositional phrase after its head it describes ("one full run
            // through all the training data"); without one it is more likely a name typed bare ("twisted
            // pair cable") or a choice between names ("same convolution or valid convolution")
            return alone && prepositional;
        }
        Word w = words.get(end);
        if (RELATIVE.contains(w.norm()) && !w.pos().equals("DET")) {
            return true; // "the layer that ...", "the block where ..."
        }
        if (w.pos().equals("DET") && alone) {
            return hasVerb(words, end + 1, to); // "the space a network learns": a clause without "that"
        }
        if (SUBJECTS.contains(w.norm()) && verbAfterAdverbs(words, end + 1, to)) {
            return true; // "the data you keep", "the number we are trying to make", "the data you actually fit ... on"
        }
        if (w.pos().equals("SCONJ")) {
            // "unnormalized scores from the last layer, before they get turned ...", but not after "what
            // is": "what is the point of early stopping if we already use regularization" asks about it;
            // "so" joins two sentences ("yo so im doing the quiz"), it opens no clause about a noun
            return alone && !w.norm().equals("so");
        }
        // "the tag put in a frame", "the small chunk of examples used for ...": a participle with its complement
        return w.pos().equals("VERB") && !w.norm().endsWith("s") && end + 1 < to && isPreposition(words.get(end + 1));
    }

    /**
     * One past the head noun of a noun phrase starting at {@code from} (determiners, numbers,
     * adjectives, nouns; a verb between them is a tagging slip or a participle used as an adjective,
     * "the learned values"), or -1 when no noun heads it there.
     */
    private static int nounPhraseEnd(List<Word> words, int from, int to) {
        int i = from;
        if (i + 1 < to && words.get(i).pos().equals("ADV") && QuestionWords.HEDGES.contains(words.get(i).norm())
                && PHRASE_START.contains(words.get(i + 1).pos())) {
            i++; // "just the middle half"
        }
        while (i < to && PHRASE_START.contains(words.get(i).pos())) {
            i++;
        }
        int end = -1; // one past the head noun so far, or past a number after it; -1 while no noun heads it
        if (i < to && i == from && INDEFINITE.contains(words.get(i).norm())) {
            end = i + 1; // "the chance of something happening": an indefinite pronoun heads the object
            i++;
        }
        while (i < to) {
            Word w = words.get(i);
            if (w.isNounLike() || w.pos().equals("NUM")) {
                end = w.isNounLike() || end >= 0 ? i + 1 : end; // a number after the head belongs to it: "base 16"
            } else if (w.pos().equals("ADJ") || w.pos().equals("VERB") && i + 1 < to && words.get(i + 1).isNounLike()
                    || participleBeforeAdjective(words, i, to)
                    || w.pos().equals("ADV") && i > from && end < 0 && i + 1 < to
                    && (words.get(i + 1).isNounLike() || words.get(i + 1).pos().equals("ADJ"))) {
                // a modifier before the head ("the very start"), a verb tag slipped between nouns ("chain rule thing"),
                // or a participle used as an adjective ("the squished low dim space")
            } else {
                break;
            }
            i++;
        }
        if (end < 0 && i > from && words.get(from).pos().equals("DET") && words.get(i - 1).pos().equals("ADJ")) {
            return i; // "a variable/ADJ like height ...": after a determiner, a last adjective is the noun the tagger missed
        }
        if (end < 0 && i > from && words.get(i - 1).pos().equals("NUM")) {
            return i; // "the middle 50 of the data", "like 1, 2, 3 ... for a die": numbers with no noun are the head
        }
        if (end < 0 && i == from + 1 && i < to && words.get(from).pos().equals("DET") && words.get(i).pos().equals("VERB")
                && (i + 1 == to || isPreposition(words.get(i + 1)))) {
            return i + 1; // "... for a die/VERB": a determiner's word before a preposition or the end is its noun
        }
        return end;
    }

    /** Words [from, to) are a noun phrase and a relative clause opened by a relative word: "the value that shows up ...". */
    private static boolean headWithRelativeClause(List<Word> words, int from, int to) {
        int end = nounPhraseEnd(words, from, to);
        return end > from && end + 1 < to && RELATIVE.contains(words.get(end).norm()) && !words.get(end).pos().equals("DET")
                && verbAfterAdverbs(words, end + 1, to);
    }

    /** Word {@code i} is a past participle before an adjective, in a noun phrase: "the squished/VERB low/ADJ ...". */
    private static boolean participleBeforeAdjective(List<Word> words, int i, int to) {
        return words.get(i).pos().equals("VERB") && words.get(i).norm().endsWith("ed") && i + 1 < to
                && words.get(i + 1).pos().equals("ADJ");
    }

    private static boolean isPreposition(Word w) {
        return w.pos().equals("ADP") || w.norm().equals("like");
    }

    private static boolean isGerund(Word w) {
        return w.pos().equals("VERB") && w.norm().endsWith("ing") && w.norm().length() > GERUND_LETTERS;
    }

    /** "-ing" after at least two letters ("taking"), not "sing". */
    private static final int GERUND_LETTERS = 4;

    private static boolean isVerb(Word w) {
        return w.pos().equals("VERB") || w.pos().equals("AUX");
    }

    /** A verb at word {@code from}, or after adverbs there ("actually fit", "then throw"), before {@code to}. */
    private static boolean verbAfterAdverbs(List<Word> words, int from, int to) {
        int i = from;
        while (i < to && words.get(i).pos().equals("ADV")) {
            i++;
        }
        return i < to && isVerb(words.get(i));
    }

    private static boolean hasVerb(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isVerb(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words [from, to) say enough to describe something, whatever their form. */
    static boolean saysEnough(List<Word> words, int from, int to) {
        return contentWords(words, from, to) >= CONTENT_WORDS;
    }

    private static int contentWords(List<Word> words, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            String pos = words.get(i).pos();
            if (words.get(i).isNounLike() || CONTENT.contains(pos)) {
                n++;
            }
        }
        return n;
    }
}
